package org.passerelle.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Activations extends JpaRepository<Activation, Long> {

    Optional<Activation> findByCodeHash(String codeHash);
}
