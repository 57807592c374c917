package org.passerelle.cohorts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.passerelle.cohorts.CohortMembership;
import org.passerelle.cohorts.InvitationRefused;
import org.passerelle.shared.PageAddresses;
import org.passerelle.shared.ui.Note;

/**
 * A learner joins a cohort with the invitation link or code they were given, and is enrolled in its
 * courses at once. A code that cannot be used says why.
 */
@Route("join/:code?")
@RolesAllowed("LEARNER")
public class JoinView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortMembership membership;

    public JoinView(CohortMembership membership) {
        this.membership = membership;
        addClassName("page");
        setId("join");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("join.title")));
        String code = event.getRouteParameters().get("code").orElse("");
        if (code.isBlank()) {
            askForCode();
            return;
        }
        try {
            CohortMembership.Joined joined = membership.join(code);
            Note done = Note.success(
                    getTranslation(joined.alreadyMember() ? "join.already" : "join.joined", joined.cohortName()));
            done.setId(CohortIds.JOIN_RESULT);
            UnorderedList courses = new UnorderedList();
            for (String course : joined.courseIds()) {
                Anchor link = new Anchor(PageAddresses.course(course), course);
                link.getElement().setAttribute("router-link", true);
                courses.add(new ListItem(link));
            }
            Anchor mine = new Anchor(PageAddresses.myLearning(), getTranslation("home.learner.title"));
            mine.getElement().setAttribute("router-link", true);
            add(done, new Paragraph(getTranslation("join.courses")), courses, mine);
        } catch (InvitationRefused refused) {
            Note problem = Note.error(getTranslation(
                    switch (refused.reason()) {
                        case UNKNOWN -> "join.unknown";
                        case EXPIRED -> "join.expired";
                        case USED_UP -> "join.used-up";
                    }));
            problem.setId(CohortIds.JOIN_RESULT);
            add(problem);
            askForCode();
        }
    }

    /** A field for the code, for a learner who was given it rather than a link. */
    private void askForCode() {
        Element label = new Element("label");
        label.setText(getTranslation("join.code"));
        Element input = new Element("input");
        input.setAttribute("id", CohortIds.JOIN_CODE);
        input.setAttribute("autocomplete", "off");
        input.setAttribute("maxlength", "16");
        label.appendChild(input);
        label.getClassList().add("answer-field");
        NativeButton join = new NativeButton(getTranslation("join.action"));
        join.setId(CohortIds.JOIN_SUBMIT);
        join.addClassName("primary-action");
        join.getElement()
                .addEventListener("click", click -> {
                    String typed = click.getEventData()
                            .get("document.getElementById('join-code').value")
                            .asString();
                    String code = typed.replaceAll("[^A-Za-z0-9]", "");
                    if (code.isEmpty()) {
                        UI.getCurrent().navigate(JoinView.class);
                    } else {
                        UI.getCurrent().navigate(JoinView.class, new RouteParameters("code", code));
                    }
                })
                .addEventData("document.getElementById('join-code').value");
        getElement().appendChild(label);
        add(join);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title");
    }
}
