package org.passerelle.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "identity_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    private String country;

    private String language;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean active;

    @Embedded
    private SignInFailures signIns = new SignInFailures();

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identity_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected UserAccount() {}

    UserAccount(String username, String displayName, String email, String passwordHash, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.active = true;
        this.language = "en";
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    String country() {
        return country;
    }

    String language() {
        return language;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean active() {
        return active;
    }

    /** Its failed sign-ins and lock. */
    SignInFailures signIns() {
        if (signIns == null) {
            signIns = new SignInFailures();
        }
        return signIns;
    }

    int failedAttempts() {
        return signIns().failedAttempts();
    }

    Instant lockedUntil() {
        return signIns().lockedUntil();
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    boolean lockedAt(Instant now) {
        return signIns().lockedAt(now);
    }

    void rename(String username) {
        this.username = username;
    }

    void describe(String displayName, String email, String country, String language) {
        this.displayName = displayName;
        this.email = email;
        this.country = country;
        this.language = language;
    }

    void changeLanguage(String language) {
        this.language = language;
    }

    void grant(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void activate(boolean active) {
        this.active = active;
    }

    void succeedSignIn() {
        signIns().succeed();
    }
}
