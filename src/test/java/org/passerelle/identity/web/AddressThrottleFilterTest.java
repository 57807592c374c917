package org.passerelle.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.passerelle.identity.SignInGuard;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AddressThrottleFilterTest {

    private final SignInGuard guard = mock(SignInGuard.class);
    private final AddressThrottleFilter filter = new AddressThrottleFilter(guard);

    @Test
    void aSignInFromAnAddressThatMustWaitIsSentBackWithTheSecondsToWait() throws Exception {
        when(guard.addressMustWait(any())).thenReturn(Optional.of(Duration.ofSeconds(4)));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(signIn(), response, chain);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?throttled=4");
        assertThat(chain.getRequest()).as("no password checked").isNull();
    }

    @Test
    void aSignInWhileTheDatabaseCannotBeReadGoesOnToBeToldThatPasserelleIsUnavailable() throws Exception {
        when(guard.addressMustWait(any())).thenThrow(new DataAccessResourceFailureException("down"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(signIn(), response, chain);
        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(chain.getRequest()).as("the sign-in goes on").isNotNull();
    }

    private static MockHttpServletRequest signIn() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr("203.0.113.9");
        return request;
    }
}
