package org.passerelle.journeys;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The server's view of the browser's sessions, for journeys that check when a session ends. */
public class OpenSessions implements HttpSessionListener {

    private final Set<HttpSession> open = ConcurrentHashMap.newKeySet();
    private final Set<String> ended = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.remove(event.getSession());
        ended.add(event.getSession().getId());
    }

    boolean ended(String id) {
        return ended.contains(id);
    }

    /** Ends a session on the server, as its idle time running out would, while the browser keeps its cookie. */
    void expire(String id) {
        open.stream().filter(session -> id.equals(session.getId())).findFirst().ifPresent(HttpSession::invalidate);
    }

    /** Drops the session's CSRF token (Spring keeps it in the session): the next form posted carries a stale one. */
    void forgetCsrfToken(String id) {
        open.stream()
                .filter(session -> id.equals(session.getId()))
                .findFirst()
                .ifPresent(session -> Collections.list(session.getAttributeNames()).stream()
                        .filter(name -> name.endsWith(".CSRF_TOKEN"))
                        .forEach(session::removeAttribute));
    }

    /** How long the session may stay idle, in seconds, as the server now has it; empty once it ended. */
    Optional<Integer> idleAllowed(String id) {
        return open.stream()
                .filter(session -> id.equals(session.getId()))
                .findFirst()
                .map(HttpSession::getMaxInactiveInterval);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        OpenSessions openSessions() {
            return new OpenSessions();
        }
    }
}
