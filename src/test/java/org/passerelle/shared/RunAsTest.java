package org.passerelle.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;

class RunAsTest {

    private final RunAs runAs =
            new RunAs(new StaticListableBeanFactory().getBeanProvider(SecurityContextHolderStrategy.class));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void thePlatformActsWithTheSystemRoleOnlyAndWhoeverWasSignedInIsPutBack() {
        Authentication reviewer = UsernamePasswordAuthenticationToken.authenticated(
                "reviewer.ke", null, List.of(new SimpleGrantedAuthority("ROLE_REVIEWER")));
        SecurityContextHolder.getContext().setAuthentication(reviewer);

        List<String> roles =
                runAs.platform(() -> SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList());

        assertThat(roles).containsExactly("ROLE_SYSTEM");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(reviewer);
    }

    @Test
    void aPersonActsWithTheirAuthoritiesAndNoOneIsLeftSignedInWhenTheWorkFails() {
        var admin = User.withUsername("admin").password("x").roles("ADMIN").build();

        assertThatThrownBy(() -> runAs.person(admin, () -> {
                    assertThat(SecurityContextHolder.getContext()
                                    .getAuthentication()
                                    .getName())
                            .isEqualTo("admin");
                    throw new IllegalStateException("refused");
                }))
                .hasMessage("refused");

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
