/**
 * Demo mode only: the watals module seeds its own finished demo run. Exposed to {@code demo} as the
 * named interface "demo".
 */
@org.springframework.modulith.NamedInterface("demo")
package nl.maatwerk.watals.demo;
