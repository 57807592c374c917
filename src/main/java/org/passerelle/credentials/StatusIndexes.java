package org.passerelle.credentials;

import java.security.SecureRandom;
import org.passerelle.credentials.signing.StatusBits;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Gives each exported record its position in the status lists, once. Positions are drawn at random (as the
 * Bitstring Status List specification advises, so that a position says nothing of when a record was issued)
 * from a range kept at least four times larger than the positions in use; the unique key on the column decides
 * when two exports draw the same position, and the loser draws again.
 */
@Component
class StatusIndexes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ATTEMPTS = 50;

    private final CompletionRecords records;

    StatusIndexes(CompletionRecords records) {
        this.records = records;
    }

    /** The record's status index, drawn now if it has none. Runs each attempt in its own transaction. */
    int of(CompletionRecord record) {
        if (record.statusIndex() != null) {
            return record.statusIndex();
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long used = records.countByStatusIndexIsNotNull();
            int range = StatusBits.lengthFor((int) Math.min(Integer.MAX_VALUE / 2, used * 4));
            int candidate = RANDOM.nextInt(range);
            try {
                if (records.assignStatusIndex(record.id(), candidate) == 1) {
                    return candidate;
                }
                // Another export of the same record was first: use its index.
                Integer given = records.statusIndexOf(record.id());
                if (given != null) {
                    return given;
                }
                throw new IllegalStateException("no record " + record.id());
            } catch (DataIntegrityViolationException taken) {
                // Another record holds that index: draw again.
            }
        }
        throw new IllegalStateException("no free status index after " + ATTEMPTS + " draws");
    }
}
