/**
 * Demo mode only: the waardering module writes its own demo answers and the demo resident's open invitation.
 * Exposed to {@code demo} as the named interface "demo".
 */
@org.springframework.modulith.NamedInterface("demo")
package nl.maatwerk.waardering.demo;
