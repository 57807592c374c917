package org.passerelle.bench;

import java.util.Random;
import org.passerelle.shared.Language;

/**
 * A generated learner as the journeys need them.
 *
 * @param ability how well they answer (0 is average; a logit shift)
 * @param engagement how long they keep going (0 is average; higher drops out less)
 */
record Learner(
        long id,
        String username,
        String name,
        ScaleCountry country,
        Language language,
        double ability,
        double engagement) {

    static Learner draw(long id, String username, ScaleCountry country, Random random) {
        String name = country.names().draw(random);
        Language language = country.language(random);
        double ability = country.ability() + 0.8 * random.nextGaussian();
        double engagement = random.nextGaussian() + 0.3 * ability;
        return new Learner(id, username, name, country, language, ability, engagement);
    }
}
