package org.passerelle.identity.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.passerelle.identity.SignInGuard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/** Who may reach what over HTTP, the sign-in flow, and the security headers of every response. */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /** Tells the session registry when sessions end. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInGuard guard, SessionRegistry sessions)
            throws Exception {
        // Track sessions per person so that an administrator's deactivation ends them (expired on next request).
        http.sessionManagement(management -> management.maximumSessions(-1).sessionRegistry(sessions));
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                // What verifiers of signed credentials fetch: status lists, public keys, the issuer page (the
                // addresses of credentials' BadgeAddresses; named here as text, as credentials depends on identity).
                .requestMatchers(
                        "/credentials/status/*", "/credentials/keys/*", "/credentials/issuer", "/.well-known/jwks.json")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole("ADMIN"));
        http.addFilterBefore(new AddressThrottleFilter(guard), UsernamePasswordAuthenticationFilter.class);
        // Security headers: SecurityHeaders, a filter in front of everything (Vaadin serves some pages outside this
        // chain).
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        // Unknown addresses reach Vaadin, which answers with the neutral not-found page.
                        .anyRequest(url -> url.authenticated()));
        // After Vaadin's configurer, so that its login view is known when the form login initialises.
        http.formLogin(form -> form.failureHandler(new SignInFailureHandler(guard)));
        return http.build();
    }
}
