package org.passerelle.bench.load;

import java.util.regex.Pattern;

/** What in a UIDL answer a learner would feel as an error, beyond its HTTP status. */
final class UidlProblems {

    /** Expected after signing out: the session ends and the browser is sent to the sign-in page. */
    static final String SIGNED_OUT = "(signed out)";

    private static final Pattern STACK = Pattern.compile("[a-z]\\.[A-Za-z]+Exception\\b");

    private UidlProblems() {}

    /**
     * @param expected a value the answer must carry (an element id or a text), or null
     * @return the problem, or null when the answer is what the learner expected
     */
    static String of(BrowserTab.Reply reply, String expected) {
        if (reply.status() != 200) {
            return null; // already counted by its status
        }
        String body = reply.body();
        if (SIGNED_OUT.equals(expected)) {
            return body.contains("sessionExpired") ? null : "still signed in";
        }
        if (body.contains("\"appError\"")) {
            return "application error";
        }
        if (body.contains("sessionExpired")) {
            return "session expired";
        }
        if (body.contains("\"resynchronize\"") || body.contains("Vaadin-Refresh")) {
            return "resynchronisation";
        }
        if (body.contains("\\tat ") || STACK.matcher(body).find()) {
            return "stack trace shown";
        }
        if (body.contains("\"value\":\"error-banner\"")) {
            return "error message shown: " + Messages.shown(body);
        }
        // A text is either set on an element ("value") or handed to a script the server runs in the page.
        if (expected != null
                && !body.contains("\"value\":\"" + expected + "\"")
                && !(body.contains("\"execute\"") && body.contains("\"" + expected + "\""))) {
            return "no \"" + expected + "\" in the answer";
        }
        return null;
    }
}
