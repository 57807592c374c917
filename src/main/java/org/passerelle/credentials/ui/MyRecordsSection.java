package org.passerelle.credentials.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.passerelle.credentials.Credentials;
import org.passerelle.credentials.RecordSummary;
import org.passerelle.learning.ui.MyLearningSection;
import org.passerelle.shared.ui.Dates;
import org.passerelle.shared.ui.WrittenIn;

/**
 * The learner's completion records, shown in My learning, each with its public verification page and, while
 * valid, its signed Open Badges credential to download.
 */
@org.springframework.stereotype.Component
class MyRecordsSection implements MyLearningSection {

    private final Credentials credentials;

    MyRecordsSection(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Component create(Component in) {
        List<RecordSummary> records = credentials.mine();
        Section section = new Section(new H2(in.getTranslation("my.records")));
        section.setId(CredentialIds.MY_RECORDS);
        if (records.isEmpty()) {
            Paragraph empty = new Paragraph(in.getTranslation("my.records.empty"));
            empty.addClassName("empty-state");
            section.add(empty);
        }
        for (RecordSummary record : records) {
            Div card = new Div();
            card.addClassName("course-card");
            card.add(WrittenIn.sentence(
                    new Paragraph(),
                    "my.records.line",
                    WrittenIn.ownDirection(record.courseTitle()),
                    record.courseVersion(),
                    Dates.day(record.completedAt())));
            if (record.revoked()) {
                card.add(new Paragraph(in.getTranslation(
                        "records.revoked", Dates.day(record.revokedAt()), record.revocationReason())));
            }
            Anchor verify = new Anchor(VerifyView.address(record.id()), in.getTranslation("my.records.verify"));
            verify.addClassName(CredentialIds.RECORD_LINK_CLASS);
            card.add(verify);
            if (!record.revoked()) {
                card.add(RecordDownloads.certificate(record, in));
                card.add(RecordDownloads.badges(record, in));
            }
            section.add(card);
        }
        return section;
    }
}
