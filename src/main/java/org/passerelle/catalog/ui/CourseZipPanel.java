package org.passerelle.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.passerelle.catalog.Catalog;
import org.passerelle.catalog.ContentLimits;
import org.passerelle.catalog.CourseCard;
import org.passerelle.catalog.CourseExport;
import org.passerelle.catalog.CourseImport;
import org.passerelle.catalog.ImportReport;
import org.passerelle.catalog.Refused;
import org.passerelle.shared.TemporaryFolder;
import org.passerelle.shared.ui.LimitedUpload;
import org.passerelle.shared.ui.Note;
import org.passerelle.shared.ui.UiLanguage;
import org.passerelle.shared.ui.UploadTexts;

/**
 * Courses as zip files of their folder: download a published course (the very files it was imported from) and
 * import a course zip, with the same checks and versions as a folder placed in {@code courses/}.
 */
class CourseZipPanel extends Div {

    CourseZipPanel(
            CourseImport courseImport,
            CourseExport export,
            Catalog catalog,
            TemporaryFolder temporary,
            Consumer<ImportReport> shown) {
        setId("course-zips");
        ComboBox<CourseCard> course = new ComboBox<>(getTranslation("import.zip.course"));
        course.setId(CatalogIds.EXPORT_COURSE);
        course.setItems(catalog.published("", UiLanguage.current(UI.getCurrent())));
        course.setItemLabelGenerator(card -> card.title() + " (" + card.id() + ")");
        course.setWidth("min(32rem, 100%)");
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(request -> {
                    CourseCard chosen = course.getValue();
                    byte[] zip = chosen == null
                            ? new byte[0]
                            : export.zip(chosen.id()).orElse(new byte[0]);
                    String name = (chosen == null ? "course" : chosen.id()) + ".zip";
                    return new DownloadResponse(new ByteArrayInputStream(zip), name, "application/zip", zip.length);
                }),
                getTranslation("import.zip.download"));
        download.setId(CatalogIds.EXPORT_ZIP);
        download.setVisible(false);
        course.addValueChangeListener(change -> download.setVisible(change.getValue() != null));
        Note problem = new Note("import-zip-problem");
        // Up to 100 MB: received into a file of the temporary folder, deleted once imported or refused.
        Upload upload = LimitedUpload.toFile(
                        ContentLimits.MAX_ZIP_UPLOAD_BYTES,
                        temporary,
                        (name, zip) -> {
                            problem.clear();
                            try (InputStream in = Files.newInputStream(zip)) {
                                shown.accept(courseImport.importZip(in));
                            } catch (Refused refused) {
                                problem.sayError(getTranslation(
                                        "import.zip.refused", getTranslation(refused.key(), refused.arguments())));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        () -> {
                            problem.sayError(UploadTexts.tooLarge(this, ContentLimits.MAX_ZIP_UPLOAD_BYTES));
                        })
                .applyTo(new Upload());
        upload.setId(CatalogIds.IMPORT_ZIP);
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setI18n(UploadTexts.of(this, ContentLimits.MAX_ZIP_UPLOAD_BYTES, "upload.wrong-type-zip"));
        add(
                new H2(getTranslation("import.zip.title")),
                new Paragraph(getTranslation("import.zip.intro")),
                new Div(course, download),
                upload,
                problem);
    }
}
