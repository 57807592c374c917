package org.passerelle.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccounts extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    // Plain FOR UPDATE: Hibernate's MySQL 8 "FOR UPDATE OF alias" is not MariaDB syntax.
    @Query(value = "select * from identity_user where username = :username for update", nativeQuery = true)
    Optional<UserAccount> lockByUsername(@Param("username") String username);

    Optional<UserAccount> findFirstByUsernameOrEmail(String username, String email);

    boolean existsByUsername(String username);

    List<UserAccount> findByEmailIn(Collection<String> emails);

    @Query("select u.username from UserAccount u where u.username in :usernames")
    List<String> usernamesIn(@Param("usernames") Collection<String> usernames);

    boolean existsByEmail(String email);

    Optional<UserAccount> findFirstByEmail(String email);

    boolean existsByUsernameAndIdNot(String username, Long id);

    boolean existsByEmailAndIdNot(String email, Long id);

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role and u.active = true")
    boolean existsActiveWithRole(@Param("role") Role role);

    @Query("select count(u) from UserAccount u join u.roles r where r = :role and u.active = true and u.id <> :id")
    long countActiveWithRoleOtherThan(@Param("role") Role role, @Param("id") Long id);

    /** Accounts with a role, of one country or of any ({@code country} null), whose name or address matches. */
    @Query("""
            select u from UserAccount u join u.roles r
            where r = :role and (:country is null or u.country = :country)
              and (:text = '' or lower(u.username) like :pattern or lower(u.displayName) like :pattern
                   or lower(u.email) like :pattern)
            """)
    List<UserAccount> withRole(
            @Param("role") Role role,
            @Param("country") @Nullable String country,
            @Param("text") String text,
            @Param("pattern") String pattern,
            Pageable pageable);

    @Query("""
            select u from UserAccount u
            where :text = '' or lower(u.username) like :pattern or lower(u.displayName) like :pattern
               or lower(u.email) like :pattern
            """)
    Page<UserAccount> search(@Param("text") String text, @Param("pattern") String pattern, Pageable pageable);
}
