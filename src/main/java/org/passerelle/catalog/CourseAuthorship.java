package org.passerelle.catalog;

import java.util.List;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserAdministration;
import org.passerelle.identity.UserSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may edit a course in the app besides administrators: its owners and co-authors. Its editors see the list;
 * only administrators change it.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
public class CourseAuthorship {

    private final DraftStore drafts;
    private final DraftAccess access;
    private final CourseAuthors authors;
    private final CourseVersions versions;
    private final UserAdministration users;

    CourseAuthorship(
            DraftStore drafts,
            DraftAccess access,
            CourseAuthors authors,
            CourseVersions versions,
            UserAdministration users) {
        this.drafts = drafts;
        this.access = access;
        this.authors = authors;
        this.versions = versions;
        this.users = users;
    }

    /** The course's owners, then its co-authors. */
    @Transactional(readOnly = true)
    public List<CourseAuthor> authors(String courseId) {
        access.requireEditor(courseId);
        return authors.authors(courseId);
    }

    /**
     * Makes an instructor (or administrator) an owner or co-author of a course, or changes their role.
     *
     * @throws Refused when the course does not exist, nobody has that username or email, or the account may not
     *     author courses
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CourseAuthor add(String courseId, String usernameOrEmail, AuthorRole role) {
        if (versions.currentVersionOf(courseId).isEmpty()
                && drafts.draft(courseId).isEmpty()) {
            throw new Refused("editor.refused.missing");
        }
        UserSummary user = users.find(usernameOrEmail == null ? "" : usernameOrEmail)
                .orElseThrow(() -> new Refused("editor.refused.no-user", usernameOrEmail));
        if (!user.has(Role.INSTRUCTOR) && !user.has(Role.ADMIN)) {
            throw new Refused("editor.refused.not-instructor", user.username());
        }
        authors.set(courseId, user.id(), user.username(), role);
        return new CourseAuthor(user.id(), user.username(), role);
    }

    /** Takes the course away from one of its authors. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void remove(String courseId, long userId) {
        authors.remove(courseId, userId);
    }
}
