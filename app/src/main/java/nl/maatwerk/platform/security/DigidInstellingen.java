package nl.maatwerk.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The residents' login (issue 16): DigiD through an OpenID Connect broker, a second registration beside the
 * professionals' ({@link OidcInstellingen}). The broker gives the BSN in claim {@code bsnClaim} (default {@code bsn})
 * and the level of assurance in {@code acr}. Active when {@code issuerUri} is set.
 */
@ConfigurationProperties("maatwerk.digid")
public record DigidInstellingen(String issuerUri, String clientId, String clientSecret, String bsnClaim) {

    public boolean actief() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    String bsnClaimOfStandaard() {
        return bsnClaim == null || bsnClaim.isBlank() ? "bsn" : bsnClaim;
    }
}
