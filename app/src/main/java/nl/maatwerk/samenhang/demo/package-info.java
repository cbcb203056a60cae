/**
 * Demo mode only: samenhang writes real changes of 2025-2027 for the social domain, each with its source
 * (docs/samenhang.md). Exposed to {@code demo} as the named interface "demo".
 */
@org.springframework.modulith.NamedInterface("demo")
package nl.maatwerk.samenhang.demo;
