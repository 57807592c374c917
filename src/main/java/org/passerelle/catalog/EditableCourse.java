package org.passerelle.catalog;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A course the signed-in person may edit.
 *
 * @param publishedVersion the number of its current version, 0 when it was never published
 * @param role null for an administrator who does not author it
 * @param draftUpdatedAt null when it has no draft
 */
public record EditableCourse(
        String id,
        String title,
        boolean drafted,
        int publishedVersion,
        @Nullable AuthorRole role,
        @Nullable Instant draftUpdatedAt) {}
