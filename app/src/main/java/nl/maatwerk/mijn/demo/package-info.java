/**
 * Demo mode only: the module mijn writes the demo resident's messages itself (issue 16). Exposed to {@code demo} as
 * the named interface "demo".
 */
@org.springframework.modulith.NamedInterface("demo")
package nl.maatwerk.mijn.demo;
