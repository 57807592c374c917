package org.passerelle.identity;

import java.util.Optional;
import org.jspecify.annotations.NullUnmarked;
import org.springframework.data.jpa.repository.JpaRepository;

// Spring Data checks JSpecify nullness of repository methods at runtime; these do not state theirs yet.
@NullUnmarked
interface Activations extends JpaRepository<Activation, Long> {

    Optional<Activation> findByCodeHash(String codeHash);
}
