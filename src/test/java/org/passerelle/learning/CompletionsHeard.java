package org.passerelle.learning;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;

/** Stands in for the records module in tests: hears CourseCompleted the way it will, after commit. */
public class CompletionsHeard {

    private final List<CourseCompleted> events = new CopyOnWriteArrayList<>();

    /** A method, not the field: the bean is a proxy (the listener runs asynchronously). */
    List<CourseCompleted> events() {
        return events;
    }

    @ApplicationModuleListener
    void on(CourseCompleted event) {
        events.add(event);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        CompletionsHeard completionsHeard() {
            return new CompletionsHeard();
        }
    }
}
