/**
 * Demo mode only: the sociale kaart writes its own demo offer (about 150 invented services in the demo city).
 * Exposed to {@code demo} as the named interface "demo".
 */
@org.springframework.modulith.NamedInterface("demo")
package nl.maatwerk.socialekaart.demo;
