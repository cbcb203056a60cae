package nl.maatwerk.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** OpenID Connect for production: authorization code for the web, bearer tokens for the API. */
@ConfigurationProperties("maatwerk.oidc")
public record OidcInstellingen(String issuerUri, String clientId, String clientSecret) {

    public boolean actief() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
