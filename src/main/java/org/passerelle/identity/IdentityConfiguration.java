package org.passerelle.identity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({SignInPolicy.class, FirstAdministrator.class})
class IdentityConfiguration {

    /** Which sessions each person has, so that deactivating an account ends them at once. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /**
     * Sign-in with a password against the accounts. The password is always checked (bcrypt's work is done for every
     * attempt, Spring's dummy hash for a name without account); before it, only a lock is told, and a name without
     * account is locked just the same (SignInGuard); that an account is deactivated is told only to someone who typed
     * its password, so no answer tells whether an account exists.
     */
    @Bean
    DaoAuthenticationProvider passwordSignIn(AccountDirectory accounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setAlwaysPerformAdditionalChecksOnUser(true);
        provider.setPreAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("locked");
            }
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("deactivated");
            }
        });
        return provider;
    }

    /** bcrypt today, behind the {id} prefix so stored hashes can move to a stronger encoder later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
