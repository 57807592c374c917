package org.passerelle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * What the one test application needs before it starts: its courses folder written, and a port chosen up front so
 * that its public address (in credentials, QR codes, activation links) is the address it answers at.
 */
public class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The courses folder of the test application. */
    public static final Path COURSES = Path.of("target", "test-courses");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestCourses.write(COURSES);
        int port = freePort();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "passerelle-test",
                        Map.of(
                                "server.port",
                                port,
                                "passerelle.public-url",
                                "http://127.0.0.1:" + port,
                                "passerelle.courses.folder",
                                COURSES.toString())));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
