package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.passerelle.identity.Role;
import org.passerelle.shared.Language;

/**
 * The frame around every signed-in page: one row on a desktop with the administration pages in one group, one bar
 * with a menu button on a phone, and a skip link that takes a keyboard past the menu.
 */
class HeaderJourneyIT extends BrowserJourney {

    private final Dimension desktop = driver.manage().window().getSize();

    @AfterEach
    void backToTheDesktop() {
        driver.manage().window().setSize(desktop);
    }

    @Test
    void onAPhoneTheHeaderIsOneBarWhoseMenuButtonOpensTheMenu() {
        driver.manage().window().setSize(new Dimension(360, 740));
        signInAndWaitForHome(newAccount(Role.ADMIN, null, Language.FR), DEMO_PASSWORD);

        assertThat(shell.hasMenuButton()).isTrue();
        assertThat(shell.menuShown()).isFalse();
        assertThat(shell.headerHeight()).as("one bar of at most 64 px").isLessThanOrEqualTo(64);
        assertThat(shell.scrollsSideways()).isFalse();

        shell.openMenu();
        assertThat(shell.menuButtonExpanded()).isEqualTo("true");
        shell.follow("admin/users");
        new UsersPage(this).waitUntilShown();
        assertThat(shell.menuShown())
                .as("the menu closes once a page is chosen")
                .isFalse();
        assertThat(shell.menuButtonExpanded()).isEqualTo("false");
    }

    @Test
    void onADesktopTheAdministrationPagesAreOneGroupThatClosesOnceAPageIsChosen() {
        signInAndWaitForHome(newAccount(Role.ADMIN, null, Language.FR), DEMO_PASSWORD);

        assertThat(shell.hasMenuButton()).isFalse();
        assertThat(shell.headerHeight()).as("one row, in French too").isLessThanOrEqualTo(64);
        assertThat(shell.administrationGroupOpen()).isFalse();

        shell.follow("admin/users");
        new UsersPage(this).waitUntilShown();
        assertThat(shell.administrationGroupOpen()).isFalse();
    }

    @Test
    void theFirstTabStopSkipsToTheContent() {
        signInAndWaitForHome(newAccount(Role.LEARNER, "KE", Language.EN), DEMO_PASSWORD);
        String address = driver.getCurrentUrl();

        assertThat(shell.firstTabStop()).isEqualTo("Skip to content");
        shell.skipToContent();
        assertThat(driver.getCurrentUrl()).as("the same page, not another").startsWith(address);
    }
}
