package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.passerelle.assessment.GiftFormat;
import org.passerelle.assessment.GiftQuestion;
import org.passerelle.assessment.GiftResult;
import org.passerelle.catalog.ContentLimits;
import org.passerelle.shared.FileProblem;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.LimitedUpload;
import org.passerelle.shared.ui.Note;
import org.passerelle.shared.ui.UploadTexts;

/**
 * Imports a GIFT file, uploaded or pasted, into the selected language. It is read exactly as the course importer
 * reads it: any problem is listed with its line and the importer's words, and nothing changes; questions without
 * a {@code ::title::} are refused, as in a quiz with several languages.
 */
class GiftImportPanel extends Div {

    private final Supplier<Language> language;
    private final Consumer<List<GiftQuestion>> imported;
    private final UnorderedList problems = new UnorderedList();
    private final Note refusal = new Note("quiz-gift-refused");
    private final Upload upload = new Upload();

    GiftImportPanel(Supplier<Language> language, Consumer<List<GiftQuestion>> imported) {
        this.language = language;
        this.imported = imported;
        setId("quiz-gift-import");
        LimitedUpload.inMemory(
                        ContentLimits.MAX_GIFT_UPLOAD_BYTES,
                        (name, bytes) -> read(name, new String(bytes, StandardCharsets.UTF_8)),
                        () -> refuse(UploadTexts.tooLarge(this, ContentLimits.MAX_GIFT_UPLOAD_BYTES)))
                .applyTo(upload);
        // Once the browser is done with a file, the list empties so that the next file can be chosen right away.
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        upload.setAcceptedFileTypes(".gift", ".txt", "text/plain");
        upload.setI18n(UploadTexts.of(this, ContentLimits.MAX_GIFT_UPLOAD_BYTES, "upload.wrong-type-gift"));
        upload.setId(EditorIds.QUIZ_GIFT_UPLOAD);
        TextArea pasted = new TextArea(getTranslation("editor.quiz.gift-paste"));
        pasted.setId("quiz-gift-text");
        pasted.setWidthFull();
        pasted.getElement().setAttribute("dir", "auto");
        Button importPasted = new Button(
                getTranslation("editor.quiz.gift-paste.import"),
                click -> read("quiz." + language.get().code() + ".gift", pasted.getValue()));
        importPasted.setId("quiz-gift-paste");
        problems.setId(EditorIds.QUIZ_GIFT_PROBLEMS);
        problems.addClassName("import-problems");
        problems.setVisible(false);
        Paragraph intro = new Paragraph(getTranslation("editor.quiz.gift-import.help"));
        intro.addClassName("hint");
        add(intro, upload, pasted, importPasted, refusal, problems);
    }

    private void read(String fileName, String text) {
        problems.removeAll();
        GiftResult result = GiftFormat.read(fileName, text);
        List<FileProblem> found = new ArrayList<>(result.problems());
        for (GiftQuestion question : result.questions()) {
            if (question.title() == null) {
                // The importer's own words (QuizFiles), so that the editor and the courses folder agree.
                found.add(new FileProblem(
                        fileName,
                        question.line(),
                        "each question needs a ::title:: so that its languages can be matched"));
            }
        }
        boolean empty = found.isEmpty() && result.questions().isEmpty();
        if (empty) {
            refusal.sayError(getTranslation("editor.quiz.gift-empty"));
        } else if (!found.isEmpty()) {
            refusal.sayError(getTranslation("editor.quiz.gift-refused", found.size()));
        } else {
            refusal.clear();
        }
        problems.setVisible(!found.isEmpty());
        found.forEach(problem -> problems.add(new ListItem(problem.toString())));
        if (!refusal.isVisible()) {
            imported.accept(result.questions());
        }
    }

    private void refuse(String why) {
        problems.removeAll();
        problems.setVisible(false);
        refusal.sayError(why);
    }
}
