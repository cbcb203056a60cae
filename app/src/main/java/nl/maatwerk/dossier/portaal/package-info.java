/**
 * What the resident portal may read of the dossier: the notes and documents shared with the resident's
 * own household. A portal module names {@code dossier::portaal} in its allowedDependencies.
 */
@org.springframework.modulith.NamedInterface("portaal")
package nl.maatwerk.dossier.portaal;
