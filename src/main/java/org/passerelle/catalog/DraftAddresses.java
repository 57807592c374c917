package org.passerelle.catalog;

import java.net.URI;
import java.net.URISyntaxException;

/** The addresses at which editors see the files of a draft in previews (never learners: drafts change). */
public final class DraftAddresses {

    /** Where the files of drafts are served to their editors. */
    public static final String PATH = "/author-media/";

    private DraftAddresses() {}

    /** The address of a file a lesson of a module refers to, or null when the reference leaves the course. */
    public static String url(String courseId, String module, String reference) {
        String inCourse = MediaAddresses.inCourse(module, reference);
        if (inCourse == null) {
            return null;
        }
        try {
            return new URI(null, null, PATH + courseId + "/" + inCourse, null).getRawPath();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
