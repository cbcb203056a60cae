/** The virus-scan hook point of uploads ({@link nl.maatwerk.dossier.scan.Virusscanner}) and its default. */
package nl.maatwerk.dossier.scan;
