package org.passerelle;

import org.passerelle.shared.database.DatabaseReachability;
import org.passerelle.shared.database.EmbeddedDatabaseHeadStart;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class PasserelleApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(PasserelleApplication.class);
        application.addListeners(new DatabaseReachability(problem -> {
            System.err.println(problem);
            System.exit(1);
        }));
        application.addListeners(new EmbeddedDatabaseHeadStart());
        try {
            application.run(args);
        } catch (RuntimeException failure) {
            // Spring has reported why; without this exit, the embedded database's threads keep the JVM alive.
            System.exit(1);
        }
    }
}
