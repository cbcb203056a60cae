/**
 * Demo mode only: the dossier writes a demo document itself (for the demo resident's message with an attachment,
 * issue 16). Exposed to {@code demo} as the named interface "demo".
 */
@org.springframework.modulith.NamedInterface("demo")
package nl.maatwerk.dossier.demo;
