package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.passerelle.cohorts.CohortAdministration;
import org.passerelle.cohorts.CohortForm;
import org.passerelle.cohorts.CohortSummary;
import org.passerelle.cohorts.InvitationView;
import org.passerelle.identity.Role;
import org.passerelle.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Learners join a country cohort with the invitation link or code they were given. */
class CohortJourneyIT extends BrowserJourney {

    @Autowired
    CohortAdministration cohorts;

    @Test
    void aLearnerJoinsWithALinkIsEnrolledAndTheNextOneFindsTheCodeUsedUp() {
        InvitationView invitation = invitation(1);
        String first = newAccount(Role.LEARNER, "SN", Language.FR);
        signInAndWaitForHome(first, DEMO_PASSWORD);
        JoinPage join = new JoinPage(this);
        assertThat(join.follow(invitation.code())).startsWith("Bienvenue dans Dakar");
        saveScreenshot("join-fr");
        new MyLearningPage(this).openInProgress();
        assertThat(pageText()).contains("L’IA au service des politiques publiques");

        driver.manage().deleteAllCookies();
        String second = newAccount(Role.LEARNER, "SN", Language.EN);
        signInAndWaitForHome(second, DEMO_PASSWORD);
        assertThat(join.enter(invitation.code()))
                .startsWith("This invitation has been used as many times as it allows");

        driver.manage().deleteAllCookies();
        signInAndWaitForHome("admin", DEMO_PASSWORD);
        new CohortsPage(this).open();
        assertThat(pageText()).contains(invitation.code()).contains("used 1 of 1 time");
        saveScreenshot("admin-cohorts");
    }

    @Test
    void anAdministratorIsOfferedTheReviewersOfTheCohortsCountry() {
        signInAndWaitForHome("admin", DEMO_PASSWORD);
        open("/admin/cohorts", "#cohort-reviewers");
        WebElement country = driver.findElement(By.cssSelector("#cohort-country input"));
        country.sendKeys("Senegal");
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
        country.sendKeys(Keys.ENTER);
        driver.findElement(By.cssSelector("#cohort-reviewers input")).sendKeys("a");
        until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                .anyMatch(item -> item.isDisplayed() && item.getText().equals("Moussa Sarr (Senegal)")));
        assertThat(driver.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")))
                .as("reviewers of other countries are not offered")
                .noneMatch(item -> item.isDisplayed() && item.getText().contains("Otieno Mwangi"));
    }

    private InvitationView invitation(int uses) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            CohortSummary cohort = cohorts.save(new CohortForm(
                    null,
                    0,
                    "Dakar " + System.nanoTime(),
                    "SN",
                    LocalDate.of(2027, 1, 10),
                    LocalDate.of(2027, 3, 10),
                    Set.of("ai-public-policy"),
                    Set.of()));
            return cohorts.invite(cohort.id(), 7, uses);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
