package org.passerelle.cohorts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passerelle.catalog.Catalog;
import org.passerelle.catalog.CourseCard;
import org.passerelle.cohorts.CohortAdministration;
import org.passerelle.cohorts.CohortForm;
import org.passerelle.cohorts.CohortSummary;
import org.passerelle.cohorts.InvitationView;
import org.passerelle.cohorts.Reviewer;
import org.passerelle.shared.Countries;
import org.passerelle.shared.FieldProblem;
import org.passerelle.shared.PageAddresses;
import org.passerelle.shared.ui.Note;
import org.passerelle.shared.ui.UiLanguage;

/**
 * Administrators create and edit country cohorts (name, country, courses, dates, reviewers of that country)
 * and create invitation codes with an expiry and a number of uses.
 */
@Route("admin/cohorts")
@RolesAllowed("ADMIN")
@Menu(title = "menu.admin-cohorts", order = 56, icon = "vaadin:group")
public class CohortsView extends Main implements HasDynamicTitle {

    private final CohortAdministration cohorts;
    private final Map<String, CourseCard> courses;
    private final TextField name = new TextField();
    private final ComboBox<String> country = new ComboBox<>();
    private final MultiSelectComboBox<String> courseIds = new MultiSelectComboBox<>();
    private final DatePicker startsOn = new DatePicker();
    private final DatePicker endsOn = new DatePicker();
    private final MultiSelectComboBox<Reviewer> reviewers = new MultiSelectComboBox<>();
    private final Note formProblem = new Note("cohort-problem");
    private final Div list = new Div();
    private CohortSummary editing;

    public CohortsView(CohortAdministration cohorts, Catalog catalog) {
        this.cohorts = cohorts;
        Locale locale = UI.getCurrent().getLocale();
        this.courses = catalog.published("", UiLanguage.current(UI.getCurrent())).stream()
                .collect(Collectors.toMap(CourseCard::id, Function.identity()));
        addClassName("page");
        setId(CohortIds.COHORTS);
        name.setLabel(getTranslation("cohort.name"));
        name.setId("cohort-name");
        name.setMaxLength(200);
        country.setLabel(getTranslation("cohort.country"));
        country.setId("cohort-country");
        country.setItems(Countries.sortedCodes(locale));
        country.setItemLabelGenerator(code -> countryName(code, locale));
        courseIds.setLabel(getTranslation("cohort.courses"));
        courseIds.setId("cohort-courses");
        courseIds.setItems(courses.keySet().stream().sorted().toList());
        courseIds.setItemLabelGenerator(
                id -> courses.containsKey(id) ? courses.get(id).title() : id);
        startsOn.setLabel(getTranslation("cohort.starts"));
        startsOn.setId("cohort-starts");
        endsOn.setLabel(getTranslation("cohort.ends"));
        endsOn.setId("cohort-ends");
        reviewers.setLabel(getTranslation("cohort.reviewers"));
        reviewers.setId("cohort-reviewers");
        // The reviewers of the country chosen (of all, before one is), filtered and paged by the database.
        reviewers.setItems(
                query -> cohorts
                        .reviewers(
                                country.getValue(), query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                        .stream());
        reviewers.setItemLabelGenerator(
                person -> person.displayName() + " (" + countryName(person.country(), locale) + ")");
        country.addValueChangeListener(change -> reviewers.getDataProvider().refreshAll());
        Button save = new Button(getTranslation("cohort.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("cohort-save");
        Button clear = new Button(getTranslation("cohort.new"), click -> edit(null));
        FormLayout form = new FormLayout(name, country, courseIds, startsOn, endsOn, reviewers);
        form.setMaxWidth("48rem");
        list.setId(CohortIds.COHORT_LIST);
        add(
                new H1(getTranslation("cohort.title")),
                form,
                formProblem,
                actions(save, clear),
                new H2(getTranslation("cohort.all")),
                list);
        show();
    }

    private void save() {
        formProblem.clear();
        try {
            CohortSummary saved = cohorts.save(new CohortForm(
                    editing == null ? null : editing.id(),
                    editing == null ? 0 : editing.version(),
                    name.getValue(),
                    country.getValue(),
                    startsOn.getValue(),
                    endsOn.getValue(),
                    courseIds.getValue(),
                    reviewers.getValue().stream().map(Reviewer::id).collect(Collectors.toSet())));
            edit(null);
            show();
            formProblem.saySuccess(getTranslation("cohort.saved", saved.name()));
        } catch (FieldProblem problem) {
            formProblem.sayError(getTranslation(problem.messageKey()));
        }
    }

    private void edit(CohortSummary cohort) {
        editing = cohort;
        name.setValue(cohort == null ? "" : cohort.name());
        country.setValue(cohort == null ? null : cohort.country());
        courseIds.setValue(cohort == null ? Set.of() : cohort.courseIds());
        startsOn.setValue(cohort == null ? null : cohort.startsOn());
        endsOn.setValue(cohort == null ? null : cohort.endsOn());
        reviewers.setValue(cohort == null ? Set.of() : Set.copyOf(cohorts.reviewers(cohort.reviewerIds())));
        name.focus();
    }

    private void show() {
        list.removeAll();
        List<CohortSummary> all = cohorts.list();
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("cohort.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        Locale locale = UI.getCurrent().getLocale();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        for (CohortSummary cohort : all) {
            Div card = new Div();
            card.addClassName("course-card");
            card.add(new H2(cohort.name()));
            card.add(new Paragraph(getTranslation(
                    "cohort.line",
                    countryName(cohort.country(), locale),
                    dates.format(cohort.startsOn()),
                    dates.format(cohort.endsOn()),
                    cohort.courseIds().stream()
                            .map(id -> courses.containsKey(id) ? courses.get(id).title() : id)
                            .collect(Collectors.joining(", ")),
                    cohort.members())));
            Button edit = new Button(getTranslation("cohort.edit"), click -> edit(cohort));
            Div invitations = new Div();
            IntegerField days = new IntegerField(getTranslation("cohort.invitation.days-label"));
            days.setValue(14);
            days.setMin(1);
            days.setMax(365);
            IntegerField uses = new IntegerField(getTranslation("cohort.invitation.uses-label"));
            uses.setValue(30);
            uses.setMin(1);
            Button invite = new Button(getTranslation("cohort.invite"), click -> {
                try {
                    cohorts.invite(
                            cohort.id(),
                            days.getValue() == null ? 0 : days.getValue(),
                            uses.getValue() == null ? 0 : uses.getValue());
                    invitations(cohort.id(), invitations);
                } catch (FieldProblem problem) {
                    formProblem.sayError(getTranslation(problem.messageKey()));
                }
            });
            invite.setId("invite-" + cohort.id());
            Anchor fromFile = new Anchor(BulkEnrolmentView.address(cohort.id()), getTranslation("bulk.open"));
            fromFile.setId("bulk-" + cohort.id());
            Anchor roster = new Anchor(PageAddresses.roster(cohort.id()), getTranslation("roster.open"));
            roster.setId("roster-" + cohort.id());
            Div actions = new Div(edit, fromFile, roster);
            actions.addClassName("cohort-actions");
            Div inviting = new Div(days, uses, invite);
            inviting.addClassName("cohort-invite");
            card.add(actions, inviting, invitations);
            invitations(cohort.id(), invitations);
            list.add(card);
        }
    }

    /** Buttons side by side with room between them. */
    private static Div actions(Button... buttons) {
        Div row = new Div(buttons);
        row.addClassName("cohort-actions");
        return row;
    }

    private void invitations(long cohortId, Div into) {
        into.removeAll();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(UI.getCurrent().getLocale());
        for (InvitationView invitation : cohorts.invitations(cohortId)) {
            Paragraph line = new Paragraph(getTranslation(
                    "cohort.invitation.line",
                    invitation.code(),
                    "/join/" + invitation.code(),
                    dates.format(invitation.expiresAt().atZone(ZoneOffset.UTC)) + " UTC",
                    invitation.uses(),
                    invitation.maxUses()));
            line.addClassName("invitation");
            into.add(line);
        }
    }

    private static String countryName(String code, Locale locale) {
        return code == null ? "" : Countries.name(code, locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohort.title");
    }
}
