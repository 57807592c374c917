package org.passerelle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class PasserelleApplication {

    public static void main(String[] args) {
        try {
            SpringApplication.run(PasserelleApplication.class, args);
        } catch (RuntimeException failure) {
            // Spring has reported why; without this exit, the embedded database's threads keep the JVM alive.
            System.exit(1);
        }
    }
}
