/**
 * Demo mode only: the toegang module writes the demo city's requests for help (with their clocks and
 * history), regie, team, consent, ZRM assessments and plans itself (with {@code COPY}), from typed
 * records the {@code demo} module generates. Exposed to {@code demo} as the named interface "demo".
 */
@org.springframework.modulith.NamedInterface("demo")
package nl.maatwerk.toegang.demo;
