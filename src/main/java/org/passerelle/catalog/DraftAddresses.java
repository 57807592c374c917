package org.passerelle.catalog;

import org.jspecify.annotations.Nullable;

/**
 * The addresses at which the files of drafts are served to their editors, for previews. Unlike the files of
 * published versions (see {@link MediaAddresses}) they change as the draft is edited, so they are never cached.
 */
public final class DraftAddresses {

    /** Where the files of drafts are served. */
    public static final String PATH = "/author-media/";

    private DraftAddresses() {}

    /**
     * The address of a draft's file that a lesson of a module refers to ({@code media/diagram.png}), or null when
     * the reference leaves the course folder. Use it as the link resolver of {@link SafeMarkdown#toHtml}.
     */
    public static @Nullable String url(String courseId, String module, String reference) {
        return MediaAddresses.under(PATH + courseId + "/", module, reference);
    }
}
