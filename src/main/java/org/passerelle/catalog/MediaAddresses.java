package org.passerelle.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** The addresses at which the files of course versions are served. */
public final class MediaAddresses {

    /** Where the files of course versions are served. */
    public static final String PATH = "/course-media/";

    private MediaAddresses() {}

    /**
     * The address of a file a lesson of a module refers to ({@code media/diagram.png}), or null when the
     * reference leaves the course folder.
     */
    public static @Nullable String url(String courseId, int version, String module, String reference) {
        return under(PATH + courseId + "/" + version + "/", module, reference);
    }

    /** The address under {@code base} of a file a lesson refers to, or null when it leaves the course folder. */
    static @Nullable String under(String base, String module, String reference) {
        String inCourse = inCourse(module, reference);
        if (inCourse == null) {
            return null;
        }
        String suffix = reference.substring(Math.min(reference.length(), rawPathLength(reference)));
        try {
            return new URI(null, null, base + inCourse, null).getRawPath() + suffix;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The path inside the course folder of a file a lesson of a module refers to, or null when outside. */
    public static @Nullable String inCourse(String module, String reference) {
        Path resolved = Path.of(module).resolve(SafeMarkdown.pathOf(reference)).normalize();
        if (resolved.startsWith("..") || resolved.isAbsolute()) {
            return null;
        }
        return resolved.toString().replace('\\', '/');
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
