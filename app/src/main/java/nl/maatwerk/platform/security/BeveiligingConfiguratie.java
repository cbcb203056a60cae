package nl.maatwerk.platform.security;


import java.util.List;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Rol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the API (stateless; HTTP Basic in demo mode, OIDC bearer tokens when
 * configured) and the web pages (form login in demo mode, OIDC authorization code when configured).
 * Who may do what is decided here by path and role, and what a person may see by inwoner's
 * need-to-know API; there is no method security (no {@code @PreAuthorize}: it would check every
 * method of every bean at start for nothing, and {@code GeenMethodebeveiligingTest} keeps it out).
 */
@Configuration(proxyBeanMethods = false)
class BeveiligingConfiguratie {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
            + "object-src 'none'";

    private static final String[] PROFESSIONALS = {Rol.CONSULENT.name(), Rol.REGISSEUR.name(), Rol.TEAMLEIDER.name()};

    private static final String[] PROFESSIONALS_EN_INWONER = {
        Rol.CONSULENT.name(), Rol.REGISSEUR.name(), Rol.TEAMLEIDER.name(), Rol.INWONER.name()
    };

    private static final String[] ALLE_ROLLEN = java.util.Arrays.stream(Rol.values()).map(Rol::name).toArray(String[]::new);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Password login (the demo accounts) exists only in demo mode. Outside it, a database may still
     * hold password hashes, for example from an earlier demo run; they must not log anyone in.
     */
    @Bean
    AuthenticationProvider authenticationProvider(JdbcClient jdbc, PasswordEncoder encoder, InlogRem rem,
            @Value("${maatwerk.demo}") boolean demo) {
        UserDetailsService gebruikers = naam -> !demo ? failNietGevonden() : jdbc
                .sql("select gebruikersnaam, wachtwoord_hash, rol from platform.gebruiker where gebruikersnaam = ? and wachtwoord_hash is not null")
                .param(naam)
                .query((rs, i) -> User.withUsername(rs.getString(1)).password(rs.getString(2)).roles(rs.getString(3)).build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("onbekend"));
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(gebruikers);
        dao.setPasswordEncoder(encoder);
        return new GedoseerdeAuthenticatie(dao, rem);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, @Value("${maatwerk.demo}") boolean demo, OidcInstellingen oidc,
            DigidInstellingen digid, GebruikerRegister register, org.springframework.beans.factory.ObjectProvider<JwtDecoder> decoder,
            org.springframework.beans.factory.ObjectProvider<nl.maatwerk.platform.InwonerBijBsn> inwoners) throws Exception {
        // Metrics go with the API: a scraper logs in as a machine does (Basic in demo mode, a bearer token otherwise).
        http.securityMatcher("/api/**", "/actuator/prometheus")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**").permitAll()
                        // Metrics say how the app runs, not about anyone; still only for the administrator who runs it.
                        .requestMatchers("/actuator/prometheus").hasRole(Rol.BEHEERDER.name())
                        // The algorithm's register entry is public by design: anyone may check how work is ordered.
                        .requestMatchers(HttpMethod.GET, "/api/v1/algoritmeregister").permitAll()
                        // The sociale kaart is public by design (issue 17): anyone may read the local offer; only
                        // the functional administrator imports it.
                        .requestMatchers(HttpMethod.GET, "/api/v1/sociale-kaart/**").permitAll()
                        .requestMatchers("/api/v1/sociale-kaart/**").hasRole(Rol.BEHEERDER.name())
                        // Early debt signals in numbers: aggregates only, so policy may read them too.
                        .requestMatchers(HttpMethod.GET, "/api/v1/vroegsignalen/overzicht")
                        .hasAnyRole(Rol.CONSULENT.name(), Rol.REGISSEUR.name(), Rol.TEAMLEIDER.name(), Rol.BELEID.name())
                        .requestMatchers("/api/v1/werkvoorraad", "/api/v1/werkvoorraad/**", "/api/v1/vroegsignalen", "/api/v1/vroegsignalen/**")
                        .hasAnyRole(PROFESSIONALS)
                        .requestMatchers("/api/v1/logboek/**").hasRole(Rol.AUDITOR.name())
                        // The resident's own API (issue 16): always about the logged-in resident.
                        .requestMatchers("/api/v1/mijn", "/api/v1/mijn/**").hasRole(Rol.INWONER.name())
                        .requestMatchers("/api/v1/inwoners/**", "/api/v1/huishoudens/**").hasAnyRole(PROFESSIONALS_EN_INWONER)
                        .requestMatchers("/api/v1/hulpvragen/**", "/api/v1/besluiten/**").hasAnyRole(PROFESSIONALS)
                        // The register of departures holds no personal data: for policy and team leads.
                        .requestMatchers("/api/v1/afwijkingen/**").hasAnyRole(Rol.BELEID.name(), Rol.TEAMLEIDER.name())
                        // Knelpunten (issue 18): any professional reports; the dossiers are for policy (no personal data).
                        .requestMatchers("/api/v1/knelpunten", "/api/v1/knelpunten/**").hasAnyRole(PROFESSIONALS)
                        .requestMatchers("/api/v1/beleidsdossiers", "/api/v1/beleidsdossiers/**").hasRole(Rol.BELEID.name())
                        // Thermometer: aggregates only; team leads may read them, policy advisors set rounds up.
                        .requestMatchers(HttpMethod.GET, "/api/v1/thermometer/**").hasAnyRole(Rol.BELEID.name(), Rol.TEAMLEIDER.name())
                        .requestMatchers("/api/v1/thermometer/**").hasRole(Rol.BELEID.name())
                        // Stem van de inwoner (issue 17): aggregates only, for team leads (own team) and policy.
                        .requestMatchers(HttpMethod.GET, "/api/v1/waarderingen", "/api/v1/waarderingen/**")
                        .hasAnyRole(Rol.TEAMLEIDER.name(), Rol.BELEID.name())
                        // Rule parameters: proposing and reviewing is for the functional administrator; the values
                        // themselves (no personal data) may be read by everyone who calculates with them.
                        .requestMatchers("/api/v1/regelparameters/voorstellen", "/api/v1/regelparameters/voorstellen/**")
                        .hasRole(Rol.BEHEERDER.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/regelparameters", "/api/v1/regelparameters/**")
                        .hasAnyRole(Rol.CONSULENT.name(), Rol.REGISSEUR.name(), Rol.TEAMLEIDER.name(), Rol.BELEID.name(), Rol.BEHEERDER.name())
                        // Wat als? (issue 19): runs over every household, aggregates only, for policy.
                        .requestMatchers("/api/v1/wat-als", "/api/v1/wat-als/**").hasRole(Rol.BELEID.name())
                        // What is coming (issue 18): no personal data; every professional, policy and the beheerder read
                        // it, policy and the beheerder keep it.
                        .requestMatchers(HttpMethod.GET, "/api/v1/invliegers", "/api/v1/invliegers/**")
                        .hasAnyRole(Rol.CONSULENT.name(), Rol.REGISSEUR.name(), Rol.TEAMLEIDER.name(), Rol.BELEID.name(), Rol.BEHEERDER.name())
                        .requestMatchers("/api/v1/invliegers", "/api/v1/invliegers/**").hasAnyRole(Rol.BELEID.name(), Rol.BEHEERDER.name())
                        // Calculations on a described household hold no personal data: policy may use them too.
                        .requestMatchers("/api/v1/berekeningen/**")
                        .hasAnyRole(Rol.CONSULENT.name(), Rol.REGISSEUR.name(), Rol.TEAMLEIDER.name(), Rol.BELEID.name())
                        .anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookies authenticate the API, so there is nothing for a forged request to ride on.
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(ProblemAntwoorden.nietIngelogd(demo))
                        .accessDeniedHandler(ProblemAntwoorden.geenToegang()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        if (demo) {
            http.httpBasic(b -> b.authenticationEntryPoint(ProblemAntwoorden.nietIngelogd(true)));
        }
        if (oidc.actief() || digid.actief()) {
            // A bearer token from either issuer: the professionals' (role and team from its claims) or the residents' DigiD
            // broker (always INWONER, linked by the BSN claim; a municipality's own app calls /api/v1/mijn with it). A token
            // of any other issuer gets no manager, and so a 401.
            java.util.Map<String, org.springframework.security.authentication.AuthenticationManager> perUitgever = new java.util.HashMap<>();
            if (oidc.actief()) {
                perUitgever.put(oidc.issuerUri(), bearer(decoder.getObject(), jwtNaarGebruiker(register)));
            }
            if (digid.actief()) {
                perUitgever.put(digid.issuerUri(), bearer(digidDecoder(digid), jwt -> DigidLogin.inwoner(jwt, digid, register,
                        inwoners.getIfAvailable())));
            }
            http.oauth2ResourceServer(o -> o
                    .authenticationEntryPoint(ProblemAntwoorden.nietIngelogd(demo))
                    .authenticationManagerResolver(new org.springframework.security.oauth2.server.resource.authentication
                            .JwtIssuerAuthenticationManagerResolver(perUitgever::get)));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, @Value("${maatwerk.demo}") boolean demo, OidcInstellingen oidc,
            DigidInstellingen digid, GebruikerRegister register, org.springframework.beans.factory.ObjectProvider<nl.maatwerk.platform.InwonerBijBsn> inwoners)
            throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/inloggen", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/error", "/toegankelijkheid")
                        .permitAll()
                        // Respondents answer through a one-time link without an account; the link is the key.
                        .requestMatchers("/thermometer/antwoord/**").permitAll()
                        // Stem van de inwoner: the aggregates first, then the questionnaire behind its one-time link.
                        .requestMatchers(HttpMethod.GET, "/waardering", "/waardering/rapport.pdf", "/waardering/indicatoren.csv")
                        .hasAnyRole(Rol.TEAMLEIDER.name(), Rol.BELEID.name())
                        .requestMatchers("/waardering/*").permitAll()
                        // The short address in the decision letter, where a resident without DigiD types the code from the letter.
                        .requestMatchers("/vragenlijst").permitAll()
                        .requestMatchers(HttpMethod.GET, "/thermometer", "/thermometer/metingen/*/resultaten",
                                "/thermometer/metingen/*/resultaten.csv", "/thermometer/metingen/*/rapport.pdf")
                        .hasAnyRole(Rol.BELEID.name(), Rol.TEAMLEIDER.name())
                        .requestMatchers("/thermometer/**").hasRole(Rol.BELEID.name())
                        .requestMatchers(HttpMethod.GET, "/algoritmeregister").permitAll()
                        // The public sociale kaart (issue 17); its management pages are the beheerder's. An
                        // organisation answers a referral through a one-time link without an account: the link is the key.
                        .requestMatchers("/sociale-kaart/beheer", "/sociale-kaart/beheer/**").hasRole(Rol.BEHEERDER.name())
                        .requestMatchers("/sociale-kaart/verwijzing/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/sociale-kaart", "/sociale-kaart/**").permitAll()
                        // Aggregates without personal data: the fairness report and the signal dashboard.
                        .requestMatchers("/eerlijkheid").hasAnyRole(Rol.TEAMLEIDER.name(), Rol.BELEID.name())
                        .requestMatchers("/vroegsignalen/overzicht")
                        .hasAnyRole(Rol.CONSULENT.name(), Rol.REGISSEUR.name(), Rol.TEAMLEIDER.name(), Rol.BELEID.name())
                        .requestMatchers("/vroegsignalen", "/vroegsignalen/**", "/werkvoorraad/**").hasAnyRole(PROFESSIONALS)
                        .requestMatchers("/logboek/**").hasRole(Rol.AUDITOR.name())
                        .requestMatchers("/team/**").hasRole(Rol.TEAMLEIDER.name())
                        // The resident area (issue 16). A resident no longer sees the professionals' pages: the old
                        // address of their household page leads to /mijn.
                        .requestMatchers("/mijn", "/mijn/**", "/mijn-huishouden").hasRole(Rol.INWONER.name())
                        .requestMatchers("/berekeningen/**")
                        .hasAnyRole(Rol.CONSULENT.name(), Rol.REGISSEUR.name(), Rol.TEAMLEIDER.name(), Rol.BELEID.name())
                        .requestMatchers("/afwijkingen/**").hasAnyRole(Rol.BELEID.name(), Rol.TEAMLEIDER.name())
                        .requestMatchers("/knelpunten", "/knelpunten/**").hasAnyRole(PROFESSIONALS)
                        .requestMatchers("/beleidsdossiers", "/beleidsdossiers/**").hasRole(Rol.BELEID.name())
                        .requestMatchers("/wat-als", "/wat-als/**").hasRole(Rol.BELEID.name())
                        .requestMatchers("/regelparameters/voorstellen", "/regelparameters/voorstellen/**").hasRole(Rol.BEHEERDER.name())
                        .requestMatchers(HttpMethod.GET, "/regelparameters", "/regelparameters/**")
                        .hasAnyRole(Rol.CONSULENT.name(), Rol.REGISSEUR.name(), Rol.TEAMLEIDER.name(), Rol.BELEID.name(), Rol.BEHEERDER.name())
                        // What is coming (issue 18): read by professionals, policy and the beheerder; kept by policy and the beheerder.
                        .requestMatchers(HttpMethod.GET, "/samenhang", "/samenhang/**")
                        .hasAnyRole(Rol.CONSULENT.name(), Rol.REGISSEUR.name(), Rol.TEAMLEIDER.name(), Rol.BELEID.name(), Rol.BEHEERDER.name())
                        .requestMatchers("/samenhang", "/samenhang/**").hasAnyRole(Rol.BELEID.name(), Rol.BEHEERDER.name())
                        .requestMatchers("/zoeken", "/huishoudens/**", "/inwoners/**", "/hulpvragen/**", "/besluiten/**", "/werkvoorraad", "/taken",
                                "/taken/**")
                        .hasAnyRole(PROFESSIONALS)
                        // A login without a known role (possible with OIDC) reaches no page but the public ones.
                        .anyRequest().hasAnyRole(ALLE_ROLLEN))
                .logout(l -> l.logoutUrl("/uitloggen").logoutSuccessUrl("/inloggen?uitgelogd"))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        if (demo) {
            http.formLogin(f -> f
                    .loginPage("/inloggen")
                    .loginProcessingUrl("/inloggen")
                    .defaultSuccessUrl("/", false)
                    .failureHandler((request, response, e) -> {
                        if (nl.maatwerk.platform.web.DatabaseNietBeschikbaar.soort(e) != null) {
                            // Not a wrong password: the accounts could not be read. The database filter shows the 503 page.
                            throw new jakarta.servlet.ServletException(e);
                        }
                        response.sendRedirect(
                                request.getContextPath() + (e instanceof LockedException ? "/inloggen?geblokkeerd" : "/inloggen?fout"));
                    })
                    .permitAll());
        }
        if (!demo && !oidc.actief() && !digid.actief()) {
            // No way to log in is configured; the login page says so instead of an empty 403.
            http.exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/inloggen")));
        }
        if (oidc.actief() || digid.actief()) {
            OidcUserService standaard = new OidcUserService();
            http.oauth2Login(o -> o
                    .loginPage("/inloggen")
                    .userInfoEndpoint(u -> u.oidcUserService(verzoek -> {
                        var oidcUser = standaard.loadUser(verzoek);
                        if (DigidLogin.REGISTRATIE.equals(verzoek.getClientRegistration().getRegistrationId())) {
                            // A resident with DigiD: never a role from a claim, always INWONER, linked by BSN.
                            return DigidLogin.inwoner(oidcUser, digid, register, inwoners.getIfAvailable());
                        }
                        var rechten = OidcRollen.registreer(oidcUser.getClaims(), register);
                        String naamClaim = oidcUser.getClaims().containsKey("preferred_username") ? "preferred_username" : "sub";
                        return new DefaultOidcUser(rechten, oidcUser.getIdToken(), oidcUser.getUserInfo(), naamClaim);
                    })));
        }
        return http.build();
    }

    private static org.springframework.security.core.userdetails.UserDetails failNietGevonden() {
        throw new UsernameNotFoundException("Inloggen met een wachtwoord kan alleen in demomodus");
    }

    private static org.springframework.security.authentication.AuthenticationManager bearer(JwtDecoder decoder,
            Converter<Jwt, AbstractAuthenticationToken> naarGebruiker) {
        var provider = new org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(naarGebruiker);
        return provider::authenticate;
    }

    /** DigiD tokens are accepted only when meant for this application: its client id in {@code aud}. */
    private static JwtDecoder digidDecoder(DigidInstellingen digid) {
        NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(digid.issuerUri());
        String clientId = digid.clientId() == null ? "" : digid.clientId().trim();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(digid.issuerUri()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && !clientId.isEmpty() && aud.contains(clientId))));
        return decoder;
    }

    private static Converter<Jwt, AbstractAuthenticationToken> jwtNaarGebruiker(GebruikerRegister register) {
        return jwt -> new JwtAuthenticationToken(jwt, OidcRollen.registreer(jwt.getClaims(), register),
                OidcRollen.gebruikersnaam(jwt.getClaims()));
    }

    /** The professionals' registration ({@code maatwerk}) and the residents' DigiD ({@code digid}), each when configured. */
    @Bean
    @ConditionalOnExpression("'${maatwerk.oidc.issuer-uri:}' != '' or '${maatwerk.digid.issuer-uri:}' != ''")
    ClientRegistrationRepository clientRegistrationRepository(OidcInstellingen oidc, DigidInstellingen digid) {
        List<org.springframework.security.oauth2.client.registration.ClientRegistration> registraties = new java.util.ArrayList<>();
        if (oidc.actief()) {
            registraties.add(ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
                    .registrationId("maatwerk")
                    .clientId(oidc.clientId())
                    .clientSecret(oidc.clientSecret())
                    .scope("openid", "profile")
                    .build());
        }
        if (digid.actief()) {
            registraties.add(ClientRegistrations.fromIssuerLocation(digid.issuerUri())
                    .registrationId(DigidLogin.REGISTRATIE)
                    .clientName("DigiD")
                    .clientId(digid.clientId())
                    .clientSecret(digid.clientSecret())
                    .scope("openid")
                    .build());
        }
        return new InMemoryClientRegistrationRepository(registraties);
    }

    @Bean
    @ConditionalOnExpression("'${maatwerk.oidc.issuer-uri:}' != ''")
    JwtDecoder jwtDecoder(OidcInstellingen oidc) {
        NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(oidc.issuerUri());
        if (oidc.audience() != null && !oidc.audience().isBlank()) {
            String audience = oidc.audience().trim();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(oidc.issuerUri()),
                    new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience))));
        }
        return decoder;
    }

}
