package org.passerelle.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who may edit which course in the app besides administrators: owners and co-authors. */
@Repository
class CourseAuthors {

    private final JdbcClient jdbc;
    private final Clock clock;

    CourseAuthors(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<AuthorRole> roleOf(String courseId, long userId) {
        return jdbc.sql("select role from catalog_course_author where course_id = ? and user_id = ?")
                .params(courseId, userId)
                .query(String.class)
                .optional()
                .map(AuthorRole::valueOf);
    }

    List<String> coursesOf(long userId) {
        return jdbc.sql("select course_id from catalog_course_author where user_id = ? order by course_id")
                .param(userId)
                .query(String.class)
                .list();
    }

    List<CourseAuthor> authors(String courseId) {
        return jdbc.sql("""
                        select user_id, username, role from catalog_course_author where course_id = ?
                        order by role desc, username""")
                .param(courseId)
                .query((rs, n) -> new CourseAuthor(rs.getLong(1), rs.getString(2), AuthorRole.valueOf(rs.getString(3))))
                .list();
    }

    void set(String courseId, long userId, String username, AuthorRole role) {
        jdbc.sql("""
                        insert into catalog_course_author (course_id, user_id, username, role, added_at)
                        values (?, ?, ?, ?, ?) on duplicate key update role = values(role)""")
                .params(courseId, userId, username, role.name(), clock.instant())
                .update();
    }

    void removeAll(String courseId) {
        jdbc.sql("delete from catalog_course_author where course_id = ?")
                .param(courseId)
                .update();
    }

    boolean remove(String courseId, long userId) {
        return jdbc.sql("delete from catalog_course_author where course_id = ? and user_id = ?")
                        .params(courseId, userId)
                        .update()
                > 0;
    }
}
