package org.passerelle.cohorts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.passerelle.cohorts.BulkEnrolment;
import org.passerelle.cohorts.CohortAdministration;
import org.passerelle.cohorts.CohortSummary;
import org.passerelle.cohorts.EnrolmentDone;
import org.passerelle.cohorts.EnrolmentPreview;
import org.passerelle.cohorts.EnrolmentRefused;
import org.passerelle.identity.ui.ActivateView;
import org.passerelle.shared.Countries;
import org.passerelle.shared.PublicAddress;
import org.passerelle.shared.ui.LimitedUpload;
import org.passerelle.shared.ui.Note;
import org.passerelle.shared.ui.UploadTexts;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Enrols a delegation from a spreadsheet: upload, a preview of every row with its problems, then one
 * confirmation that creates the accounts and enrols everyone — or nothing. The activation codes of the new
 * accounts can be downloaded once, right after.
 */
@Route("admin/cohorts/:cohortId/enrol")
@RolesAllowed("ADMIN")
public class BulkEnrolmentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final CohortAdministration cohorts;
    private final BulkEnrolment bulk;
    private final PublicAddress address;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Div result = new Div();
    private final Upload upload = new Upload();
    private final Paragraph about = new Paragraph();
    private CohortSummary cohort;
    private byte[] file;

    public BulkEnrolmentView(CohortAdministration cohorts, BulkEnrolment bulk, PublicAddress address) {
        this.cohorts = cohorts;
        this.bulk = bulk;
        this.address = address;
        addClassName("page");
        setId("bulk-enrolment");
    }

    /** Enrolment of a cohort's members from a file, relative to the app's base. */
    static String address(long cohortId) {
        return RouteConfiguration.forApplicationScope()
                .getUrl(BulkEnrolmentView.class, new RouteParameters("cohortId", String.valueOf(cohortId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cohort = event.getRouteParameters()
                .getLong("cohortId")
                .flatMap(cohorts::get)
                .orElse(null);
        removeAll();
        if (cohort == null) {
            add(new H1(getTranslation("bulk.title")), new Paragraph(getTranslation("cohort.gone")));
            return;
        }
        add(new H1(getTranslation("bulk.title")));
        describe(cohort);
        Paragraph format = new Paragraph(getTranslation("bulk.format"));
        format.addClassName("hint");
        Anchor example = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = getTranslation("bulk.example-file").getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "enrolment-example.csv", "text/csv", bytes.length);
                }),
                getTranslation("bulk.example"));
        LimitedUpload.inMemory(
                        MAX_BYTES,
                        (name, bytes) -> {
                            file = bytes;
                            preview();
                        },
                        () -> problem(UploadTexts.tooLarge(this, MAX_BYTES)))
                .applyTo(upload);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setI18n(UploadTexts.of(this, MAX_BYTES, "upload.wrong-type"));
        upload.setId(CohortIds.BULK_UPLOAD);
        upload.addFileRejectedListener(rejected -> problem(rejected.getErrorMessage()));
        progress.setVisible(false);
        progress.setId("bulk-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("bulk.checking"));
        status.setId("bulk-status");
        status.getElement().setAttribute("role", "status");
        result.setId("bulk-result");
        add(about, format, example, upload, progress, status, result);
    }

    private void preview() {
        byte[] bytes = file;
        run(moving -> bulk.preview(cohort.id(), bytes, moving), this::show, "bulk.checking");
    }

    private void confirm(EnrolmentPreview preview) {
        byte[] bytes = file;
        run(
                moving -> {
                    try {
                        return bulk.enrol(cohort.id(), bytes, moving);
                    } catch (EnrolmentRefused refused) {
                        return refused.preview();
                    }
                },
                outcome -> {
                    if (outcome instanceof EnrolmentDone done) {
                        done(done);
                    } else {
                        show((EnrolmentPreview) outcome);
                        problem(getTranslation("bulk.changed-meanwhile"));
                    }
                },
                "bulk.enrolling");
    }

    /** Runs long work off the request, with the progress bar moving, and shows its outcome. */
    private <T> void run(Function<BulkEnrolment.Progress, T> work, Consumer<T> then, String running) {
        UI ui = UI.getCurrent();
        BulkEnrolment.Progress moving =
                (done, total) -> ui.access(() -> progress.setValue(total == 0 ? 1 : (double) done / total));
        upload.setVisible(false);
        result.removeAll();
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation(running));
        ui.setPollInterval(400);
        Runnable task = () -> {
            try {
                T outcome = work.apply(moving);
                ui.access(() -> {
                    finish(ui);
                    then.accept(outcome);
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    finish(ui);
                    problem(getTranslation("error.unexpected"));
                });
                throw e;
            }
        };
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(task));
    }

    private void finish(UI ui) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        status.setText("");
        upload.clearFileList();
        upload.setVisible(true);
    }

    private void show(EnrolmentPreview preview) {
        result.removeAll();
        if (preview.fileProblem() != null) {
            problem(getTranslation(preview.fileProblem(), preview.fileProblemLine()));
            return;
        }
        Note summary = Note.of(
                preview.ready() ? Note.Kind.SUCCESS : Note.Kind.ERROR,
                getTranslation(
                        "bulk.summary",
                        preview.rows().size(),
                        preview.newAccounts(),
                        preview.existingAccounts(),
                        preview.rowsWithProblems()));
        summary.setId(CohortIds.BULK_SUMMARY);
        PreviewGrid grid = new PreviewGrid(preview.rows(), this);
        Checkbox onlyProblems = new Checkbox(getTranslation("bulk.only-problems"));
        onlyProblems.setId("bulk-only-problems");
        onlyProblems.addValueChangeListener(change -> grid.onlyProblems(change.getValue()));
        result.add(summary);
        if (preview.ready()) {
            Button enrol = new Button(
                    getTranslation("bulk.confirm", preview.rows().size(), preview.newAccounts()),
                    click -> ask(preview));
            enrol.addThemeVariants(ButtonVariant.PRIMARY);
            enrol.setId(CohortIds.BULK_CONFIRM);
            result.add(enrol);
        } else {
            Paragraph fix = new Paragraph(getTranslation("bulk.fix-and-upload"));
            fix.addClassName("hint");
            result.add(fix, onlyProblems);
        }
        result.add(grid);
    }

    private void ask(EnrolmentPreview preview) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("bulk.confirm-title"));
        dialog.setText(
                getTranslation("bulk.confirm-text", preview.rows().size(), cohort.name(), preview.newAccounts()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("bulk.confirm-yes"));
        dialog.addConfirmListener(confirmed -> confirm(preview));
        dialog.open();
    }

    private void describe(CohortSummary shown) {
        about.setText(getTranslation(
                "bulk.cohort", shown.name(), Countries.name(shown.country(), getLocale()), shown.members()));
    }

    private void done(EnrolmentDone done) {
        file = null;
        cohorts.get(done.cohortId()).ifPresent(this::describe);
        result.removeAll();
        Note summary = Note.success(getTranslation(
                "bulk.done",
                done.created().size() + done.existing(),
                done.cohortName(),
                done.created().size(),
                done.existing()));
        summary.setId(CohortIds.BULK_DONE);
        result.add(summary);
        if (!done.created().isEmpty()) {
            List<String> heading = List.of(
                    getTranslation("bulk.list.email"),
                    getTranslation("bulk.list.name"),
                    getTranslation("bulk.list.username"),
                    getTranslation("bulk.list.code"),
                    getTranslation("bulk.list.link"),
                    getTranslation("bulk.list.valid-until"));
            byte[] list = ActivationList.csv(done.created(), heading, code -> address.of(ActivateView.address(code)));
            Anchor download = new Anchor(
                    DownloadHandler.fromInputStream(request -> new DownloadResponse(
                            new ByteArrayInputStream(list), "activation-codes.csv", "text/csv", list.length)),
                    getTranslation("bulk.download-codes", done.created().size()));
            download.setId(CohortIds.BULK_CODES);
            long days = Math.max(
                    1,
                    Duration.between(Instant.now(), done.created().getFirst().expiresAt())
                            .plusHours(12)
                            .toDays());
            Paragraph once = new Paragraph(getTranslation("bulk.codes-once", days));
            once.addClassName("hint");
            result.add(download, once);
        }
    }

    private void problem(String text) {
        Note problem = Note.error(text);
        problem.setId("bulk-problem");
        result.add(problem);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bulk.title");
    }
}
