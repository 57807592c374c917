package org.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditDetailTest {

    @Test
    void aDetailIsStoredInNoLanguageAndReadBackTheSame() {
        AuditDetail enrolled = AuditDetail.of(AuditDetail.BULK_ENROLMENT, 3, 12);
        assertThat(AuditDetail.read(enrolled.stored())).isEqualTo(enrolled);
        assertThat(enrolled.values()).containsExactly("3", "12");
    }

    @Test
    void entriesWrittenBeforeAndFreeTextReadAsTheyWereWritten() {
        assertThat(AuditDetail.read("3 new accounts, 12 existing"))
                .isEqualTo(AuditDetail.text("3 new accounts, 12 existing"));
        assertThat(AuditDetail.read("roles=[LEARNER] country=KE").isText()).isTrue();
        assertThat(AuditDetail.read("audit.detail.no-such-key\t1").isText())
                .as("only the kept forms are read as one")
                .isTrue();
        assertThat(AuditDetail.read(null)).isNull();
        assertThat(AuditDetail.text("Fraude\tavérée").values()).containsExactly("Fraude\tavérée");
    }

    @Test
    void anEmptyValueStaysInItsPlace() {
        AuditDetail detail = new AuditDetail(AuditDetail.USER_UPDATED, List.of("LEARNER", "", "fr", "a@b.org"));
        assertThat(AuditDetail.read(detail.stored()).values()).containsExactly("LEARNER", "", "fr", "a@b.org");
    }
}
