package org.passerelle.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The addresses at which the files of course versions are served. */
public final class MediaAddresses {

    /** Where the files of course versions are served. */
    public static final String PATH = "/course-media/";

    private MediaAddresses() {}

    /**
     * The address of a file a lesson of a module refers to ({@code media/diagram.png}), or null when the
     * reference leaves the course folder.
     */
    public static String url(String courseId, int version, String module, String reference) {
        String path = SafeMarkdown.pathOf(reference);
        String suffix = reference.substring(Math.min(reference.length(), rawPathLength(reference)));
        Path resolved = Path.of(module).resolve(path).normalize();
        if (resolved.startsWith("..") || resolved.isAbsolute()) {
            return null;
        }
        String inCourse = courseId + "/" + version + "/" + resolved.toString().replace('\\', '/');
        try {
            return new URI(null, null, PATH + inCourse, null).getRawPath() + suffix;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int rawPathLength(String reference) {
        int cut = reference.length();
        for (char c : new char[] {'?', '#'}) {
            int at = reference.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return cut;
    }
}
