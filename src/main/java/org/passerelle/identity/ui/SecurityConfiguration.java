package org.passerelle.identity.ui;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.LinkedHashMap;
import org.passerelle.identity.SignInGuard;
import org.passerelle.identity.web.AddressThrottleFilter;
import org.passerelle.identity.web.SignInFailureHandler;
import org.passerelle.identity.web.SignInFormExpired;
import org.passerelle.identity.web.SignInFromThisSite;
import org.passerelle.shared.PublicAddress;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;

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
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SignInGuard guard,
            SessionRegistry sessions,
            RequestUtil vaadinRequests,
            PublicAddress publicAddress)
            throws Exception {
        // Track sessions per person so that an administrator's deactivation, or a password reset by mail, ends them
        // (expired on the next request, which then lands on the sign-in page rather than on Spring's bare sentence).
        http.sessionManagement(management ->
                management.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login"));
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                // What verifiers of signed credentials fetch: status lists, public keys, the issuer page (the
                // addresses of credentials' CredentialAddresses; named here as text, as credentials depends on
                // identity).
                .requestMatchers(
                        "/credentials/status/*", "/credentials/keys/*", "/credentials/issuer", "/.well-known/jwks.json")
                .permitAll()
                // Passerelle's stylesheet (AppShell): the sign-in page links it as well.
                .requestMatchers("/styles/*.css")
                .permitAll()
                // The institution's logo (shared.IssuerLogo): the sign-in and verification pages show it.
                .requestMatchers("/issuer/logo/*")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole("ADMIN"));
        http.addFilterBefore(new AddressThrottleFilter(guard), UsernamePasswordAuthenticationFilter.class);
        // Login CSRF: the sign-in form's token is required (Vaadin's configurer exempts the login path, so its CSRF
        // set-up is replaced by ours, which keeps only its exemption of Vaadin's own requests: those carry Vaadin's
        // token), and a sign-in posted from another site is refused before its token is even looked at.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new SignInFromThisSite(publicAddress.base()), CsrfFilter.class);
        // A sign-in whose token is missing or stale (the page was left open past its session) gets a fresh form.
        // Any other refusal stays a plain 403 (a single defaultAccessDeniedHandlerFor would apply to every request).
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> refusals = new LinkedHashMap<>();
        refusals.put(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"), new SignInFormExpired());
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(
                new RequestMatcherDelegatingAccessDeniedHandler(refusals, new AccessDeniedHandlerImpl())));
        // Security headers: SecurityHeaders, a filter in front of everything (Vaadin serves some pages outside this
        // chain).
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false)
                        // Unknown addresses reach Vaadin, which answers with the neutral not-found page.
                        .anyRequest(url -> url.authenticated()));
        // After Vaadin's configurer, so that its login view is known when the form login initialises.
        http.formLogin(form -> form.failureHandler(new SignInFailureHandler(guard)));
        return http.build();
    }
}
