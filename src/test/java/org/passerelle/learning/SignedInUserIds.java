package org.passerelle.learning;

import org.passerelle.identity.SignedInUser;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The account id of a username, as the sign-in would know it. */
final class SignedInUserIds {

    private SignedInUserIds() {}

    static long of(UserDetailsService users, String username) {
        return ((SignedInUser) users.loadUserByUsername(username)).id();
    }
}
