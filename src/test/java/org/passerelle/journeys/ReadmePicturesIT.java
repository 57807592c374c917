package org.passerelle.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.passerelle.identity.Role;
import org.passerelle.shared.Language;

/**
 * Pictures of the main pages, on a desktop, on a phone and in Arabic, for the README: compressed JPEG, the whole
 * set within 1.5 MB. Written to target/journey-screenshots/readme, or to the folder {@code -Dpasserelle.pictures}
 * names ({@code docs/screenshots} to refresh the README's).
 */
class ReadmePicturesIT extends BrowserJourney {

    static final long BUDGET_BYTES = 1536 * 1024;
    static final String COURSE = "/course/ai-public-policy";
    static final String LESSON = COURSE + "/lesson/01-what-is-ai/02-how-machines-learn";

    private final Dimension desktop = driver.manage().window().getSize();
    private final Path folder = Path.of(System.getProperty("passerelle.pictures", "target/journey-screenshots/readme"));
    private final List<Path> written = new ArrayList<>();

    @AfterEach
    void backToTheDesktop() {
        driver.manage().window().setSize(desktop);
    }

    @Test
    void theMainPagesArePicturedOnADesktopAPhoneAndInArabicWithinTheBudget() throws IOException {
        signInAndWaitForHome(newAccount(Role.LEARNER, "KE", Language.EN), DEMO_PASSWORD);
        CoursePage course = new CoursePage(this).open(COURSE).enrolledAndReady();
        course.continueLearning();
        new LessonPage(this).shown().complete();
        course.open(COURSE);
        picture("course-desktop", 1366, 768);
        new LessonPage(this).open(LESSON);
        picture("lesson-desktop", 1366, 768);
        picture("lesson-phone", 360, 740);
        course.open(COURSE);
        picture("course-phone", 360, 740);

        driver.manage().deleteAllCookies();
        signInAndWaitForHome(newAccount(Role.LEARNER, "SN", Language.AR), DEMO_PASSWORD);
        new CoursePage(this).open(COURSE).enrolledAndReady();
        picture("course-arabic", 1366, 768);
        new LessonPage(this).open(LESSON);
        picture("lesson-arabic-phone", 360, 740);

        driver.manage().deleteAllCookies();
        signInAndWaitForHome("reviewer.ke", DEMO_PASSWORD);
        DashboardPage dashboard = new DashboardPage(this).cohortsShown();
        dashboard.openCohort("Nairobi — AI for Public Policy 2026");
        picture("dashboard-desktop", 1366, 768);
        picture("dashboard-phone", 360, 740);

        long total = 0;
        for (Path picture : written) {
            BufferedImage image = ImageIO.read(picture.toFile());
            assertThat(image).as(picture + " is a picture").isNotNull();
            total += Files.size(picture);
        }
        assertThat(written).hasSize(8);
        assertThat(total).as("the README's pictures, in all").isLessThanOrEqualTo(BUDGET_BYTES);
        System.out.printf("README pictures: %d files, %.0f KB in all%n", written.size(), total / 1024.0);
    }

    /** The browser's window at this size, as a JPEG of about 75 % quality. */
    private void picture(String name, int width, int height) throws IOException {
        driver.manage().window().setSize(new Dimension(width, height));
        until(d -> d.manage().window().getSize().getWidth() == width);
        // At this width, the page passes axe too.
        ready("main");
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(driver.getScreenshotAs(OutputType.BYTES)));
        BufferedImage rgb = new BufferedImage(shot.getWidth(), shot.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(shot, 0, 0, null);
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".jpg");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam settings = writer.getDefaultWriteParam();
        settings.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        settings.setCompressionQuality(0.75f);
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(rgb, null, null), settings);
        } finally {
            writer.dispose();
        }
        written.add(file);
    }
}
