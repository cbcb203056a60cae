/**
 * Demo mode only: the inwoner module writes the demo city's households, residents, members and
 * networks itself (with {@code COPY}), from typed records the {@code demo} module generates.
 * Exposed to {@code demo} as the named interface "demo".
 */
@org.springframework.modulith.NamedInterface("demo")
package nl.maatwerk.inwoner.demo;
