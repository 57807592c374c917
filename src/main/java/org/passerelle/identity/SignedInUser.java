package org.passerelle.identity;

import java.util.Collection;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * The person behind the current request, as signed in: carries the account id so that services know whose
 * data they serve without asking the database again.
 */
public final class SignedInUser extends User {

    private final long id;

    SignedInUser(
            long id,
            String username,
            String password,
            boolean active,
            boolean locked,
            Collection<? extends GrantedAuthority> authorities) {
        super(username, password, active, true, true, !locked, authorities);
        this.id = id;
    }

    public long id() {
        return id;
    }

    /** The signed-in person's account id, if a person (not a test double or nobody) is signed in. */
    public static Optional<Long> currentId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user.id);
        }
        return Optional.empty();
    }

    /** The signed-in person's account id; refuses when nobody is signed in. */
    public static long requireId() {
        return currentId().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
