/**
 * Demo mode only: the platform writes the demo city's teams and accounts itself, from typed records
 * the {@code demo} module generates. Exposed to {@code demo} as the named interface "demo".
 */
@org.springframework.modulith.NamedInterface("demo")
package nl.maatwerk.platform.demo;
