package org.passerelle.credentials.signing;

import java.time.Instant;

/** Keys of another installation, for tests of forgeries. */
public final class StrangerKeys {

    private StrangerKeys() {}

    public static SigningKey of(KeyKind kind) {
        return SigningKey.of(kind, Instant.now(), kind.generate());
    }
}
