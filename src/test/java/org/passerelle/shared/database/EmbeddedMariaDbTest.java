package org.passerelle.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The embedded database's data folder survives restarts wherever the folder is. */
class EmbeddedMariaDbTest {

    @Test
    void aDataFolderUnderTheTemporaryFolderIsNamedSoThatItIsNotEmptiedAtStart() throws IOException {
        File underTmp = new File(System.getProperty("java.io.tmpdir"), "clone/data");

        File named = EmbeddedMariaDb.outsideTemporaryLooking(underTmp);

        assertThat(named.getAbsolutePath()).doesNotStartWith(System.getProperty("java.io.tmpdir"));
        assertThat(named.getCanonicalPath()).isEqualTo(underTmp.getCanonicalPath());
    }

    @Test
    void anyOtherFolderKeepsItsName() {
        File elsewhere = new File("/srv/passerelle/data");
        assertThat(EmbeddedMariaDb.outsideTemporaryLooking(elsewhere)).isEqualTo(elsewhere);
    }
}
