/**
 * Demo mode only: the knelpunt module writes its own demo knelpunten and policy answers. Exposed to {@code demo} as
 * the named interface "demo".
 */
@org.springframework.modulith.NamedInterface("demo")
package nl.maatwerk.knelpunt.demo;
