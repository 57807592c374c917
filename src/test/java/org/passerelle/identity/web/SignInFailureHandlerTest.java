package org.passerelle.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.passerelle.identity.SignInGuard;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

class SignInFailureHandlerTest {

    private final SignInGuard guard = mock(SignInGuard.class);
    private final SignInFailureHandler handler = new SignInFailureHandler(guard);

    @Test
    void aSignInTheDatabaseCouldNotCheckIsToldTheServiceIsUnavailableNotThatThePasswordIsWrong() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.onAuthenticationFailure(
                signIn(),
                response,
                new InternalAuthenticationServiceException("down", new CannotCreateTransactionException("down")));
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?unavailable");
    }

    @Test
    void aWrongPasswordWhileTheDatabaseFailsStillLeadsToTheSignInPageWithoutAServerError() throws Exception {
        when(guard.accountLockedFor(any())).thenThrow(new DataAccessResourceFailureException("down"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.onAuthenticationFailure(signIn(), response, new BadCredentialsException("wrong"));
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?unavailable");
    }

    @Test
    void aWrongPasswordIsCalledSo() throws Exception {
        when(guard.accountLockedFor(any())).thenReturn(Optional.empty());
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.onAuthenticationFailure(signIn(), response, new BadCredentialsException("wrong"));
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
    }

    private static MockHttpServletRequest signIn() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", "learner");
        return request;
    }
}
