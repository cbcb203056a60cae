/**
 * Demo mode only: the prioriteit module writes the demo city's early debt signals (with their
 * outreach) and a safety flag itself, from typed records the {@code demo} module generates. Exposed
 * to {@code demo} as the named interface "demo".
 */
@org.springframework.modulith.NamedInterface("demo")
package nl.maatwerk.prioriteit.demo;
