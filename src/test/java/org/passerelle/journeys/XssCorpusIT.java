package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passerelle.assessment.QuestionType;
import org.passerelle.assessment.Response;
import org.passerelle.catalog.AuthorRole;
import org.passerelle.catalog.CourseAuthorship;
import org.passerelle.catalog.CourseDrafts;
import org.passerelle.catalog.CourseImport;
import org.passerelle.catalog.DraftLessons;
import org.passerelle.catalog.DraftModules;
import org.passerelle.catalog.ImportReport;
import org.passerelle.catalog.LessonContent;
import org.passerelle.catalog.ui.CatalogIds;
import org.passerelle.catalog.ui.edit.EditorIds;
import org.passerelle.cohorts.CohortAdministration;
import org.passerelle.cohorts.CohortForm;
import org.passerelle.cohorts.CohortMembership;
import org.passerelle.cohorts.ui.CohortIds;
import org.passerelle.credentials.Credentials;
import org.passerelle.credentials.RecordSummary;
import org.passerelle.credentials.ui.CredentialIds;
import org.passerelle.identity.AccountDetails;
import org.passerelle.identity.PasswordReset;
import org.passerelle.identity.Role;
import org.passerelle.identity.ui.IdentityIds;
import org.passerelle.learning.AttemptPage;
import org.passerelle.learning.LearningService;
import org.passerelle.learning.QuizService;
import org.passerelle.learning.ui.LearningIds;
import org.passerelle.mail.ui.MailIds;
import org.passerelle.reporting.DashboardRefresh;
import org.passerelle.reporting.ui.ReportingIds;
import org.passerelle.shared.Language;
import org.passerelle.shell.ui.ShellIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stored XSS, looked for everywhere: the corpus ({@link XssCorpus}) is written into every text people can write —
 * course, module and lesson titles and descriptions, authors, tags, lesson Markdown and video address, quiz
 * questions, answers and feedback (GIFT, YAML and the editor), names of people, cohort names, rows of an
 * enrolment file, a revocation reason, a typed answer — and every page that shows them is opened as the people
 * who see them, with {@link XssWatch} looking: nothing may run, and no markup may come of the texts.
 *
 * <p>A page added to Passerelle ({@code @Route}) or a text column added to the database fails here until the
 * corpus reaches it, or it is named below with the reason it holds no text of people's.
 */
class XssCorpusIT extends BrowserJourney {

    /** Text columns nobody types into: ids, codes, hashes, fixed words, languages, generated content. */
    static final Map<String, String> NOT_WRITTEN_BY_PEOPLE = notWrittenByPeople();

    @Autowired
    CourseImport imports;

    @Autowired
    CourseDrafts drafts;

    @Autowired
    DraftModules modules;

    @Autowired
    DraftLessons lessons;

    @Autowired
    CourseAuthorship authorship;

    @Autowired
    CohortAdministration cohorts;

    @Autowired
    CohortMembership membership;

    @Autowired
    LearningService learning;

    @Autowired
    QuizService quizzes;

    @Autowired
    Credentials credentials;

    @Autowired
    PasswordReset resets;

    @Autowired
    DashboardRefresh dashboards;

    @Autowired
    JdbcTemplate jdbc;

    private final Map<String, List<String>> findings = new LinkedHashMap<>();
    private final Set<Class<?>> viewsSeen = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
    private final List<String> pagesWithoutCorpus = new ArrayList<>();
    private int pages;

    /**
     * The people and things whose texts carry the corpus: a course, a cohort (and two more named with the other
     * short texts), two learners who completed the course (the second's record revoked, with a reason), a
     * reviewer and a co-author.
     */
    record World(
            String course,
            String draftModule,
            String draftLesson,
            long cohort,
            String learner,
            String otherLearner,
            String reviewer,
            String instructor,
            String code,
            RecordSummary record,
            RecordSummary revoked) {}

    @Test
    void noTextOfTheCorpusRunsOrTurnsIntoMarkupOnAnyPage() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        World world = world(tag);

        try (XssWatch watch = new XssWatch(driver)) {
            // Anyone: sign-in and activation with a payload in the address, a valid and a revoked record.
            visit(
                    watch,
                    "identity.ui.LoginView",
                    "/login?locked=%3Cimg%20src%3Dx%20onerror%3Dalert(150)%3E",
                    Page.css(IdentityIds.SIGN_IN),
                    false);
            visit(
                    watch,
                    "credentials.ui.VerifyView",
                    "/verify/" + world.record().id(),
                    Page.css(CredentialIds.VERIFY_STATUS),
                    true);
            visit(
                    watch,
                    "credentials.ui.VerifyView",
                    "/verify/" + world.revoked().id(),
                    Page.css(CredentialIds.VERIFY_STATUS),
                    true);
            visit(watch, "identity.ui.ForgotPasswordView", "/forgot-password", Page.css(IdentityIds.FORGOT), false);
            visit(
                    watch,
                    "identity.ui.ResetPasswordView",
                    "/reset-password/%3Cimg%20src%3Dx%20onerror%3Dalert(153)%3E",
                    Page.css(IdentityIds.RESET_INVALID),
                    false);
            visit(
                    watch,
                    "identity.ui.ActivateView",
                    "/activate/%3Cimg%20src%3Dx%20onerror%3Dalert(151)%3E",
                    Page.css(IdentityIds.ACTIVATE),
                    false);

            learnerPages(watch, world);
            instructorPages(watch, world);
            signInAndWaitForHome(world.reviewer(), DEMO_PASSWORD);
            visit(watch, "reporting.ui.DashboardHomeView", "/cohorts", Page.css(ReportingIds.DASHBOARD_COHORTS), true);
            visit(
                    watch,
                    "reporting.ui.CohortDashboardView",
                    "/cohorts/" + world.cohort(),
                    Page.css(ReportingIds.DASHBOARD_QUIZZES),
                    true);
            adminPages(watch, world, tag);
            visit(
                    watch,
                    "shell.ui.NotFoundView",
                    "/course/%3Cimg%20src%3Dx%20onerror%3Dalert(152)%3E",
                    Page.css(ShellIds.NOT_FOUND),
                    false);
        }

        List<String> problems = new ArrayList<>();
        findings.forEach((page, found) -> found.stream().distinct().forEach(f -> problems.add(page + " → " + f)));
        System.out.printf(
                "XSS corpus | %d payloads (+%d in Markdown only) | %d text columns carried | %d pages opened"
                        + " | %d findings%n",
                XssCorpus.PAYLOADS.size(), XssCorpus.MARKDOWN.size(), CARRIED.size(), pages, problems.size());
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(problems).as("what the corpus did in the pages").isEmpty();
        softly.assertThat(pagesWithoutCorpus)
                .as("pages that should show the corpus as text but did not (did the visit land?)")
                .isEmpty();
        softly.assertThat(names(viewsSeen))
                .as("every page of Passerelle is opened with the corpus in it")
                .containsAll(names(routes()));
        softly.assertAll();
    }

    @Test
    void theWatchSeesTextThatBecameMarkup() {
        open("/login", Page.css(IdentityIds.SIGN_IN));
        try (XssWatch watch = new XssWatch(driver)) {
            driver.get(url("/login"));
            ready(Page.css(IdentityIds.SIGN_IN));
            ((JavascriptExecutor) driver)
                    .executeScript(
                            "document.body.insertAdjacentHTML('beforeend', arguments[0])",
                            "<img src=x onerror=alert(1)><a href='javascript:alert(2)'>x</a>"
                                    // A sealed frame is read inside; a frame that may run scripts is a finding.
                                    + "<iframe sandbox srcdoc=\"<a href='javascript:alert(3)'>x</a>\"></iframe>"
                                    + "<iframe sandbox='allow-scripts' srcdoc='<p>x</p>'></iframe>");
            List<String> found = watch.findings();

            assertThat(found).anyMatch(f -> f.startsWith("handler <img"));
            assertThat(found).anyMatch(f -> f.startsWith("address <a"));
            assertThat(found).anyMatch(f -> f.startsWith("address <a") && f.contains("alert(3)"));
            assertThat(found).anyMatch(f -> f.startsWith("element <iframe sandbox=\"allow-scripts\""));
        }
    }

    @Test
    void everyTextColumnOfTheDatabaseIsInTheCorpusOrNamedAsNotWrittenByPeople() {
        List<String> columns = jdbc.queryForList("""
                select concat(table_name, '.', column_name) from information_schema.columns
                where table_schema = database() and data_type in ('char', 'varchar', 'tinytext', 'text',
                  'mediumtext', 'longtext', 'json') and table_name not like 'flyway%'
                order by 1""", String.class);
        Set<String> unknown = new TreeSet<>(columns);
        unknown.removeAll(NOT_WRITTEN_BY_PEOPLE.keySet());
        unknown.removeAll(CARRIED);

        assertThat(unknown)
                .as("text columns that are neither filled by the corpus (CARRIED) nor named in NOT_WRITTEN_BY_PEOPLE")
                .isEmpty();
        assertThat(columns).containsAll(CARRIED);
    }

    /** Text columns the corpus fills, through the texts this test writes. */
    static final Set<String> CARRIED = Set.of(
            "identity_user.display_name",
            "identity_audit_entry.target",
            "identity_audit_entry.detail",
            "catalog_course_text.title",
            "catalog_course_text.description",
            "catalog_course_text.tags",
            "catalog_course_text.authors",
            "catalog_course_version.content",
            "learning_answer.response",
            "learning_answer.question_id",
            "reporting_question.question_id",
            "identity_user.email",
            "credentials_record.holder_name",
            "credentials_record.course_title",
            "credentials_record.cohort_name",
            "credentials_record.revocation_reason",
            "cohorts_cohort.name",
            "reporting_cohort.name",
            "reporting_learner.name",
            "mail_outbox.recipient_name",
            "mail_outbox.recipient_address",
            "mail_outbox.html_body",
            "mail_outbox.text_body");

    private static Map<String, String> notWrittenByPeople() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String column : List.of(
                "catalog_course.id",
                "catalog_course_author.course_id",
                "catalog_course_version.course_id",
                "catalog_draft.course_id",
                "catalog_draft_file.course_id",
                "cohorts_course.course_id",
                "credentials_record.course_id",
                "credentials_record.id",
                "learning_enrolment.course_id",
                "reporting_module.course_id",
                "reporting_question.course_id",
                "reporting_quiz.course_id",
                "cohorts_invitation.code",
                "identity_user.username",
                "identity_audit_entry.actor",
                "catalog_course_author.username",
                "catalog_draft_file.updated_by",
                "reporting_learner.username")) {
            columns.put(column, "an id or a code made by Passerelle, or a name checked against [a-z0-9-]");
        }
        for (String column : List.of(
                "catalog_draft_file.path",
                "catalog_version_file.path",
                "catalog_version_source.path",
                "learning_attempt.quiz",
                "learning_enrolment.next_step",
                "learning_lesson_progress.step",
                "reporting_module.module",
                "reporting_question.quiz",
                "reporting_quiz.quiz")) {
            columns.put(
                    column,
                    "a folder or file name inside a course, checked against lower-case letters, digits, dashes and dots");
        }
        for (String column : List.of(
                "catalog_course_author.role",
                "catalog_course_text.language",
                "catalog_course_version.default_language",
                "catalog_course_version.languages",
                "catalog_course_version.level",
                "catalog_media.content_type",
                "cohorts_cohort.country",
                "credentials_record.country",
                "identity_audit_entry.action",
                "identity_user.country",
                "identity_user.language",
                "identity_user_role.role",
                "learning_attempt.language",
                "reporting_cohort.country",
                "reporting_learner.record_status",
                "reporting_question.language",
                "event_publication.status",
                "mail_outbox.kind",
                "mail_outbox.status",
                "mail_outbox.language")) {
            columns.put(column, "a fixed word, a language or country code, a role, a status or a content type");
        }
        for (String column : List.of(
                "catalog_course_version.content_hash",
                "catalog_media.sha256",
                "catalog_version_file.sha256",
                "catalog_version_source.sha256",
                "identity_activation.code_hash",
                "credentials_verify_bucket.id",
                "identity_sign_in_address.address",
                "identity_unknown_sign_in_name.name_hash",
                "identity_user.password_hash",
                "learning_attempt.plan",
                "reporting_learner.best_scores",
                "event_publication.event_type",
                "event_publication.listener_id",
                "event_publication.serialized_event",
                "identity_password_reset.token_hash",
                "identity_reset_bucket.id",
                "mail_outbox.secret",
                "mail_outbox.message_id")) {
            columns.put(column, "a hash, or data Passerelle writes and never shows");
        }
        columns.put(
                "mail_outbox.subject",
                "made of the interface's texts and the platform's name, in the person's language");
        columns.put("mail_outbox.last_error", "the SMTP server's reply, shown as text on the Outbox page");
        for (String column : List.of("credentials_record.issuer")) {
            columns.put(column, "the issuer's name, set by the operator (PASSERELLE_ISSUER_NAME)");
        }
        return columns;
    }

    private World world(String tag) {
        String course = "xss-" + tag;
        signedIn.as("admin");
        try {
            ImportReport report = imports.importZip(XssCourse.zip(course));
            assertThat(report.problems()).as("import of the corpus course").isEmpty();
            String learner = person("xl" + tag, XssCorpus.set(0), Role.LEARNER);
            String otherLearner = person("xo" + tag, XssCorpus.set(1), Role.LEARNER);
            String reviewer = person("xr" + tag, XssCorpus.set(2), Role.REVIEWER);
            String instructor = person("xi" + tag, XssCorpus.set(1), Role.INSTRUCTOR);
            authorship.add(course, instructor, AuthorRole.COAUTHOR);
            // The editor's own path into the draft: a module and a lesson named by their titles, the lesson written.
            drafts.outline(course);
            String module = modules.add(course, Language.EN, XssCorpus.set(2));
            String lesson = lessons.add(course, module, Language.EN, XssCorpus.set(0));
            int revision = lessons.read(course, module, lesson, Language.EN).revision();
            lessons.save(
                    course,
                    module,
                    lesson,
                    Language.EN,
                    new LessonContent.LessonText(
                            XssCorpus.set(1),
                            5,
                            Map.of("video", "https://video.example/" + XssCorpus.PAYLOADS.get(3)),
                            XssCorpus.markdown()),
                    revision);
            Set<Long> reviewers =
                    Set.of(administration.find(reviewer).orElseThrow().id());
            long cohort = cohort(XssCorpus.set(0), course, reviewers);
            cohort(XssCorpus.set(1), course, reviewers);
            cohort(XssCorpus.set(2), course, reviewers);
            String code = cohorts.invite(cohort, 30, 10).code();
            RecordSummary record = completes(learner, code, course);
            RecordSummary other = completes(otherLearner, code, course);
            signedIn.as("admin");
            RecordSummary revoked = credentials.revoke(other.id(), XssCorpus.set(0) + " " + XssCorpus.set(1));
            // A forgotten password: a message whose name, address and bodies carry the corpus waits in the outbox.
            resets.request(address(learner), "192.0.2." + (tag.hashCode() & 0x7f));
            assertThat(jdbc.queryForObject(
                            "select count(*) from mail_outbox where recipient_address = ?",
                            Integer.class,
                            address(learner)))
                    .as("the reset message to the learner, in the outbox")
                    .isEqualTo(1);
            dashboards.rebuildAll();
            return new World(
                    course, module, lesson, cohort, learner, otherLearner, reviewer, instructor, code, record, revoked);
        } finally {
            signedIn.out();
        }
    }

    private long cohort(String name, String course, Set<Long> reviewers) {
        return cohorts.save(new CohortForm(
                        null,
                        0,
                        name,
                        "KE",
                        LocalDate.of(2027, 1, 10),
                        LocalDate.of(2027, 3, 10),
                        Set.of(course),
                        reviewers))
                .id();
    }

    /** The learner joins the cohort, completes the course and gets a record (issued after an event). */
    private RecordSummary completes(String learner, String code, String course) {
        signedIn.as(learner);
        membership.join(code);
        complete(course);
        signedIn.as("admin");
        long userId = administration.find(learner).orElseThrow().id();
        String id = Awaitility.await()
                .atMost(20, TimeUnit.SECONDS)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> jdbc.queryForList(
                                "select id from credentials_record where course_id = ? and user_id = ?",
                                String.class,
                                course,
                                userId),
                        ids -> !ids.isEmpty())
                .getFirst();
        return credentials.search(id, 1).getFirst();
    }

    /** The e-mail address of a person this test made: it carries a payload too. */
    private static String address(String username) {
        return "\"'><svg/onload=alert(160)>" + username + "@example.org";
    }

    private String person(String username, String chunk, Role role) {
        administration.create(
                new AccountDetails(username, chunk, address(username), "KE", Language.EN, Set.of(role), DEMO_PASSWORD));
        return username;
    }

    /** The learner reads every lesson and passes every quiz, typing a payload where an answer is typed. */
    private void complete(String course) {
        for (String module : List.of("m1", "m2")) {
            learning.completeLesson(course, module, "l1", 30, Language.EN);
            AttemptPage attempt = quizzes.start(course, module, Language.EN);
            for (AttemptPage.Question question : attempt.questions()) {
                quizzes.save(attempt.attemptId(), question.id(), answer(question));
            }
            quizzes.submit(attempt.attemptId(), Language.EN);
        }
    }

    private static Response answer(AttemptPage.Question question) {
        if (question.type() == QuestionType.TRUE_FALSE) {
            return Response.truth(true);
        }
        if (question.type() == QuestionType.MATCHING) {
            return new Response("0=0;1=1");
        }
        if (!question.options().isEmpty()) {
            return Response.choices(question.options().stream()
                    .filter(option -> option.html().startsWith("right"))
                    .map(AttemptPage.Option::index)
                    .toList());
        }
        return Response.text(question.id().equals("q-markdown") ? XssCourse.TYPED_ANSWER : "right answer");
    }

    private void learnerPages(XssWatch watch, World world) {
        String course = "/course/" + world.course();
        signInAndWaitForHome(world.learner(), DEMO_PASSWORD);
        visit(watch, "shell.ui.HomeView", "/", Page.css(ShellIds.SIGNED_IN_AS), true);
        visit(watch, "catalog.ui.CatalogView", "/catalog", Page.css(CatalogIds.CATALOG), true);
        visit(watch, "learning.ui.CoursePageView", course, Page.css(LearningIds.COURSE), true);
        for (String module : List.of("m1", "m2")) {
            visit(
                    watch,
                    "learning.ui.LessonView",
                    course + "/lesson/" + module + "/l1",
                    Page.css(LearningIds.LESSON_TEXT),
                    true);
            visit(watch, "learning.ui.QuizView", course + "/quiz/" + module, Page.css(LearningIds.PAST_ATTEMPTS), true);
        }
        // An attempt at the GIFT quiz as the learner answers it, then its result with the feedback.
        visit(watch, "learning.ui.QuizView", course + "/quiz/m1", Page.css(LearningIds.START_QUIZ), true);
        driver.findElement(By.id(LearningIds.START_QUIZ)).click();
        shown(Page.css(LearningIds.ATTEMPT));
        check(watch, course + "/quiz/m1 (attempt)", true);
        driver.findElement(By.id(LearningIds.SUBMIT_QUIZ)).click();
        until(d -> !d.findElements(By.id(LearningIds.CONFIRM_SUBMIT)).isEmpty());
        driver.findElement(By.id(LearningIds.CONFIRM_SUBMIT)).click();
        shown(Page.css(LearningIds.QUIZ_RESULT));
        check(watch, course + "/quiz/m1 (result)", true);
        visit(watch, "learning.ui.MyLearningView", "/my-learning", Page.css(LearningIds.MY_LEARNING), true);
        visit(watch, "cohorts.ui.JoinView", "/join/" + world.code(), Page.css(CohortIds.JOIN_RESULT), true);
    }

    private void instructorPages(XssWatch watch, World world) {
        signInAndWaitForHome(world.instructor(), DEMO_PASSWORD);
        visit(watch, "catalog.ui.edit.MyCoursesView", "/courses", Page.css(EditorIds.MY_COURSES), true);
        String author = "/author/" + world.course();
        visit(watch, "catalog.ui.edit.CourseEditorView", author, Page.css(EditorIds.COURSE_EDITOR), true);
        visit(
                watch,
                "catalog.ui.edit.LessonEditorView",
                author + "/lesson/m1/l1",
                Page.css(EditorIds.LESSON_MARKDOWN),
                true);
        visit(watch, "catalog.ui.edit.QuizEditorView", author + "/quiz/m1", Page.css(EditorIds.QUIZ_EDITOR), true);
        visit(watch, "catalog.ui.edit.QuizEditorView", author + "/quiz/m2", Page.css(EditorIds.QUIZ_EDITOR), true);
        visit(watch, "learning.ui.CoursePreviewView", author + "/preview", Page.css(LearningIds.COURSE), true);
        visit(
                watch,
                "learning.ui.LessonPreviewView",
                author + "/preview/m1/l1",
                Page.css(LearningIds.LESSON_TEXT),
                true);
        String added = "/" + world.draftModule() + "/" + world.draftLesson();
        visit(
                watch,
                "catalog.ui.edit.LessonEditorView",
                author + "/lesson" + added,
                Page.css(EditorIds.LESSON_MARKDOWN),
                true);
        visit(
                watch,
                "learning.ui.LessonPreviewView",
                author + "/preview" + added,
                Page.css(LearningIds.LESSON_TEXT),
                true);
        visit(watch, "learning.ui.QuizPreviewView", author + "/preview/m1/quiz", Page.css(LearningIds.ATTEMPT), true);
    }

    private void adminPages(XssWatch watch, World world, String tag) throws Exception {
        signInAndWaitForHome("admin", DEMO_PASSWORD);
        visit(watch, "shell.ui.AdministrationView", "/admin", "main", false);
        visit(watch, "identity.ui.UsersView", "/admin/users", Page.css(IdentityIds.USERS), false);
        search(IdentityIds.USER_SEARCH, "alert");
        check(watch, "/admin/users (search)", true);
        visit(watch, "identity.ui.AuditLogView", "/admin/audit", Page.css(IdentityIds.AUDIT_LOG), true);
        visit(watch, "catalog.ui.CourseImportView", "/admin/courses", Page.css(CatalogIds.RELOAD_COURSES), false);
        visit(watch, "cohorts.ui.CohortsView", "/admin/cohorts", Page.css(CohortIds.COHORTS), true);
        visit(watch, "learning.ui.EnrolPeopleView", "/admin/enrolments", Page.css(LearningIds.ENROL_PEOPLE), false);
        visit(watch, "mail.ui.OutboxView", "/admin/outbox", Page.css(MailIds.OUTBOX_GRID), true);
        driver.findElement(By.cssSelector("[id^='" + MailIds.READ + "']")).click();
        shown(Page.css(MailIds.MESSAGE_FRAME));
        check(watch, "/admin/outbox (a message read)", true);
        shell.press(Keys.ESCAPE);
        visit(watch, "credentials.ui.RecordsView", "/admin/records", Page.css(CredentialIds.RECORDS_SEARCH), false);
        search(CredentialIds.RECORDS_SEARCH, "alert");
        check(watch, "/admin/records (search)", true);
        String cohort = "/admin/cohorts/" + world.cohort();
        visit(watch, "reporting.ui.RosterView", cohort + "/roster", Page.css(ReportingIds.ROSTER_GRID), true);
        visit(watch, "cohorts.ui.BulkEnrolmentView", cohort + "/enrol", Page.css(CohortIds.BULK_UPLOAD), false);
        Path rows =
                Files.writeString(Path.of("target", "xss-" + tag + ".csv"), enrolmentFile(tag), StandardCharsets.UTF_8);
        upload(CohortIds.BULK_UPLOAD, rows);
        until(d -> !d.findElements(By.id(CohortIds.BULK_SUMMARY)).isEmpty());
        shown(Page.css(CohortIds.BULK_PREVIEW));
        check(watch, cohort + "/enrol (preview)", true);

        // The certificates of both records are made for names, titles and a reason that carry the corpus.
        for (RecordSummary record : List.of(world.record(), world.revoked())) {
            byte[] pdf = downloadWithSession(url("/records/" + record.id() + "/certificate.pdf"));
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        }
    }

    /** Rows of an enrolment file whose names carry the corpus, quoted as a spreadsheet would. */
    private static String enrolmentFile(String tag) {
        StringBuilder file = new StringBuilder("email,given name,family name,language\n");
        int row = 0;
        for (String payload : XssCorpus.PAYLOADS) {
            String name = payload.replace("\u2028", " ").replace("\u2029", " ");
            file.append("x")
                    .append(tag)
                    .append('-')
                    .append(row++)
                    .append("@example.org,")
                    .append(csv(name))
                    .append(',')
                    .append(csv("Corpus " + row))
                    .append(",en\n");
        }
        return file.toString();
    }

    private static String csv(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** Searches a list with these words, sent with Enter. */
    private void search(String fieldId, String text) {
        WebElement field = driver.findElement(By.id(fieldId)).findElement(By.cssSelector("input"));
        field.clear();
        field.sendKeys(text, Keys.ENTER);
    }

    private void visit(XssWatch watch, String view, String path, String readyCss, boolean showsCorpus) {
        viewsSeen.add(view(view));
        driver.get(url(path));
        try {
            shown(readyCss);
        } catch (AssertionError broken) {
            // A page the corpus broke is a finding too; the others are still looked at.
            pages++;
            saveScreenshot("xss-broken-" + pages);
            List<String> found = new ArrayList<>(watch.findings());
            found.add("the page did not render: "
                    + broken.getMessage().lines().findFirst().orElse(""));
            findings.put(path, found);
            return;
        }
        check(watch, path, showsCorpus);
    }

    /** Waits for the page as {@link #ready} does, without its accessibility check (other journeys make it). */
    private void shown(String css) {
        try {
            wait.until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(Browser.VAADIN_IDLE)));
        } catch (TimeoutException e) {
            throw new AssertionError("No " + css + " on " + driver.getCurrentUrl() + "; the page shows: " + pageText());
        }
    }

    private void check(XssWatch watch, String page, boolean showsCorpus) {
        pages++;
        if (showsCorpus && !showsCorpus()) {
            saveScreenshot("xss-no-corpus-" + pages);
            pagesWithoutCorpus.add(page);
        }
        List<String> found = watch.findings();
        if (!found.isEmpty()) {
            saveScreenshot("xss-" + pages);
            findings.put(page, found);
        }
    }

    /** Whether the page shows the corpus as text (its first payloads show "alert(10…" once printed literally). */
    private boolean showsCorpus() {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(50))
                    .until(d -> pageText().contains(XssCorpus.VISIBLE_MARK));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private static Class<?> view(String name) {
        try {
            return Class.forName("org.passerelle." + name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("No view " + name, e);
        }
    }

    /** Every page of Passerelle: the {@code @Route} classes of the application (not of the tests). */
    private static Set<Class<?>> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<Class<?>> routes = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        for (var candidate : scanner.findCandidateComponents("org.passerelle")) {
            Class<?> type = view(candidate.getBeanClassName().substring("org.passerelle.".length()));
            String from =
                    type.getProtectionDomain().getCodeSource().getLocation().getPath();
            if (!from.contains("test-classes")) {
                routes.add(type);
            }
        }
        return routes;
    }

    private static List<String> names(Set<Class<?>> classes) {
        return classes.stream().map(Class::getSimpleName).toList();
    }
}
