package org.passerelle.bench;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.passerelle.catalog.CourseImport;
import org.passerelle.catalog.ImportReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Prints how long importing the courses folder takes and how many SQL statements it uses: the real
 * folder, then 100 generated courses (copies of the flagship). Run with {@code ./mvnw -Pbench verify}.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class CourseImportBench {

    static final Path FOLDER;

    static {
        try {
            // A new empty folder each run, so the start-up import finds nothing and the first import is real.
            Files.createDirectories(Path.of("target"));
            FOLDER = Files.createTempDirectory(Path.of("target"), "bench-courses-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void coursesFolder(DynamicPropertyRegistry registry) {
        registry.add("passerelle.courses.folder", FOLDER::toString);
    }

    @Autowired
    CourseImport courseImport;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    @WithMockUser(roles = "ADMIN")
    void importTimes() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("courses/ai-public-policy"), FOLDER.resolve("ai-public-policy"));
        measure("courses/ (1 course), first import");
        measure("courses/ (1 course), unchanged");

        for (int i = 1; i <= 100; i++) {
            String id = "generated-%03d".formatted(i);
            Path target = FOLDER.resolve(id);
            FileSystemUtils.copyRecursively(Path.of("courses/ai-public-policy"), target);
            Path manifest = target.resolve("course.yaml");
            Files.writeString(manifest, Files.readString(manifest).replace("id: ai-public-policy", "id: " + id));
        }
        measure("101 courses, 100 new");
        measure("101 courses, unchanged");
    }

    private void measure(String label) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        long started = System.nanoTime();
        ImportReport report = courseImport.reload();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "BENCH course import | %-34s | %5d ms | %5d SQL statements | %d courses, %d problems%n",
                label,
                millis,
                statistics.getPrepareStatementCount(),
                report.courses().size(),
                report.problems().size());
    }
}
