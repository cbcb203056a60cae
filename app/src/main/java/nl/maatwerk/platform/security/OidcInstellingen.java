package nl.maatwerk.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OpenID Connect for production: authorization code for the web, bearer tokens for the API. With
 * an {@code audience}, the API accepts only bearer tokens meant for it (claim {@code aud}), not
 * every token the identity provider hands out to other applications.
 */
@ConfigurationProperties("maatwerk.oidc")
public record OidcInstellingen(String issuerUri, String clientId, String clientSecret, String audience) {

    public boolean actief() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
