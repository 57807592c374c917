package org.passerelle.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.passerelle.catalog.Catalog;
import org.passerelle.catalog.CourseExport;
import org.passerelle.catalog.CourseImport;
import org.passerelle.catalog.ImportReport;
import org.passerelle.shared.TemporaryFolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The administrator's "Reload courses": imports the courses folder and lists, course by course, what
 * happened and every problem with its file and line.
 */
@Route("admin/courses")
@RolesAllowed("ADMIN")
@Menu(title = "menu.course-import", order = 55, icon = "vaadin:refresh")
@NamedInterface("pages")
public class CourseImportView extends Main implements HasDynamicTitle {

    private final CourseImport courseImport;
    private final Button reload = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Div results = new Div();
    private final Paragraph status = new Paragraph();

    public CourseImportView(
            CourseImport courseImport, CourseExport export, Catalog catalog, TemporaryFolder temporary) {
        this.courseImport = courseImport;
        addClassName("page");
        reload.setText(getTranslation("import.reload"));
        reload.addThemeVariants(ButtonVariant.PRIMARY);
        reload.setId(CatalogIds.RELOAD_COURSES);
        reload.addClickListener(event -> start());
        progress.setVisible(false);
        progress.setId("import-progress");
        status.setId("import-status");
        progress.getElement().setAttribute("aria-label", getTranslation("import.running"));
        results.setId("import-results");
        results.getElement().setAttribute("aria-live", "polite");
        add(
                new H1(getTranslation("import.title")),
                new Paragraph(getTranslation("import.intro")),
                reload,
                progress,
                status,
                results,
                new CourseZipPanel(courseImport, export, catalog, temporary, this::show));
    }

    private void start() {
        UI ui = UI.getCurrent();
        reload.setEnabled(false);
        progress.setVisible(true);
        results.removeAll();
        progress.setValue(0);
        status.setText(getTranslation("import.running"));
        ui.setPollInterval(500);
        CourseImport.Progress shown = (done, of) -> ui.access(() -> {
            progress.setValue(of == 0 ? 1 : (double) done / of);
            status.setText(getTranslation("import.progress", done, of));
        });
        Runnable work = () -> {
            ImportReport report;
            try {
                report = courseImport.reload(shown);
            } catch (RuntimeException e) {
                ui.access(() -> finish(ui, null));
                throw e;
            }
            ImportReport done = report;
            ui.access(() -> finish(ui, done));
        };
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(work));
    }

    private void finish(UI ui, ImportReport report) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        status.setText("");
        reload.setEnabled(true);
        show(report);
    }

    /** Lists what an import did, course by course; null for an import that failed unexpectedly. */
    void show(@Nullable ImportReport report) {
        results.removeAll();
        if (report == null) {
            results.add(new Paragraph(getTranslation("error.unexpected")));
            return;
        }
        if (report.courses().isEmpty()) {
            results.add(new Paragraph(getTranslation("import.none")));
        }
        for (ImportReport.Outcome outcome : report.courses()) {
            H2 heading =
                    new H2(outcome.courseId() + " — " + getTranslation(statusKey(outcome.status()), outcome.version()));
            Div course = new Div(heading);
            course.addClassName("import-outcome");
            if (!outcome.problems().isEmpty()) {
                UnorderedList problems = new UnorderedList();
                outcome.problems().forEach(problem -> problems.add(new ListItem(problem.toString())));
                problems.addClassName("import-problems");
                course.add(problems);
            }
            results.add(course);
        }
    }

    private static String statusKey(ImportReport.Status status) {
        return switch (status) {
            case CREATED -> "import.status.created";
            case NEW_VERSION -> "import.status.new-version";
            case UNCHANGED -> "import.status.unchanged";
            case REJECTED -> "import.status.rejected";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
