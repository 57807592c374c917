package org.passerelle.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The drafts of courses: each a course folder held in the database, file by file, every file with a revision
 * so that a save based on an older revision is refused instead of overwriting someone else's work.
 */
@Repository
class DraftStore {

    /** A draft's facts. */
    record Draft(String courseId, Long baseVersionId, Instant startedAt, Instant updatedAt) {}

    /** A file of a draft without its bytes. */
    record Entry(String path, long size, int revision, String updatedBy, Instant updatedAt) {}

    /** A file of a draft. */
    record File(String path, byte[] content, int revision, String updatedBy, Instant updatedAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    DraftStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Draft> draft(String courseId) {
        return jdbc.sql(
                        "select course_id, base_version_id, started_at, updated_at from catalog_draft where course_id = ?")
                .param(courseId)
                .query((rs, n) -> new Draft(
                        rs.getString(1),
                        (Long) rs.getObject(2, Long.class),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /** The drafts among these courses' ids. */
    List<String> drafted(List<String> courseIds) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select course_id from catalog_draft where course_id in (:ids)")
                .param("ids", courseIds)
                .query(String.class)
                .list();
    }

    List<String> allDrafts() {
        return jdbc.sql("select course_id from catalog_draft order by course_id")
                .query(String.class)
                .list();
    }

    /** Starts a draft with these files (path → bytes); false when the course has a draft already. */
    boolean create(String courseId, Long baseVersionId, long startedBy, String by, Map<String, byte[]> files) {
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                        insert ignore into catalog_draft (course_id, base_version_id, started_by, started_at, updated_at)
                        values (?, ?, ?, ?, ?)""")
                .params(courseId, baseVersionId, startedBy, now, now)
                .update();
        if (inserted == 0) {
            return false;
        }
        files.forEach((path, bytes) -> insert(courseId, path, bytes, by, now));
        return true;
    }

    void rebase(String courseId, long baseVersionId) {
        jdbc.sql("update catalog_draft set base_version_id = ? where course_id = ?")
                .params(baseVersionId, courseId)
                .update();
    }

    List<Entry> entries(String courseId) {
        return jdbc.sql("""
                        select path, size, revision, updated_by, updated_at from catalog_draft_file
                        where course_id = ? order by path""")
                .param(courseId)
                .query((rs, n) -> new Entry(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    Optional<File> file(String courseId, String path) {
        return jdbc.sql("""
                        select path, content, revision, updated_by, updated_at from catalog_draft_file
                        where course_id = ? and path = ?""")
                .params(courseId, path)
                .query((rs, n) -> new File(
                        rs.getString(1),
                        rs.getBytes(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    /** Every file of the draft with its bytes: path → file. */
    Map<String, File> files(String courseId) {
        Map<String, File> files = new TreeMap<>();
        jdbc.sql("""
                        select path, content, revision, updated_by, updated_at from catalog_draft_file
                        where course_id = ?""")
                .param(courseId)
                .query((rs, n) -> new File(
                        rs.getString(1),
                        rs.getBytes(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list()
                .forEach(file -> files.put(file.path(), file));
        return files;
    }

    /**
     * Writes a file if it is still at the expected revision ({@link Revised#NEW_FILE}: the file must not exist yet).
     * Returns the new revision, or empty when someone else changed it meanwhile.
     */
    Optional<Integer> put(String courseId, String path, byte[] content, int expectedRevision, String by) {
        return write(courseId, path, content, Optional.of(expectedRevision), by);
    }

    /**
     * Writes a file whatever its revision: for the files structural changes rewrite under the draft's lock (the
     * course's module order, a module's lessons) and for files nobody edits as text.
     */
    void overwrite(String courseId, String path, byte[] content, String by) {
        write(courseId, path, content, Optional.empty(), by);
    }

    private Optional<Integer> write(
            String courseId, String path, byte[] content, Optional<Integer> expectedRevision, String by) {
        Instant now = clock.instant();
        Optional<Integer> current = jdbc.sql(
                        "select revision from catalog_draft_file where course_id = ? and path = ? for update")
                .params(courseId, path)
                .query(Integer.class)
                .optional();
        if (current.isEmpty()) {
            if (expectedRevision.isPresent() && expectedRevision.get() != Revised.NEW_FILE) {
                return Optional.empty();
            }
            try {
                insert(courseId, path, content, by, now);
            } catch (DuplicateKeyException e) {
                // Someone else wrote this new file at the same moment.
                return Optional.empty();
            }
            touch(courseId, now);
            return Optional.of(1);
        }
        if (expectedRevision.isPresent() && !current.equals(expectedRevision)) {
            return Optional.empty();
        }
        jdbc.sql("""
                        update catalog_draft_file set content = ?, size = ?, revision = revision + 1, updated_by = ?,
                        updated_at = ? where course_id = ? and path = ?""").params(content, content.length, by, now, courseId, path).update();
        touch(courseId, now);
        return Optional.of(current.get() + 1);
    }

    void delete(String courseId, String path) {
        jdbc.sql("delete from catalog_draft_file where course_id = ? and path = ?")
                .params(courseId, path)
                .update();
        touch(courseId, clock.instant());
    }

    /** Removes every file under a folder of the draft. */
    void deleteFolder(String courseId, String folder) {
        jdbc.sql("delete from catalog_draft_file where course_id = ? and path like ?")
                .params(courseId, folder.replace("%", "\\%").replace("_", "\\_") + "/%")
                .update();
        touch(courseId, clock.instant());
    }

    void discard(String courseId) {
        jdbc.sql("delete from catalog_draft where course_id = ?")
                .param(courseId)
                .update();
    }

    /** Locks the draft's row until the transaction ends, so that structural changes happen one at a time. */
    void lock(String courseId) {
        jdbc.sql("select course_id from catalog_draft where course_id = ? for update")
                .param(courseId)
                .query(String.class)
                .optional();
    }

    private void insert(String courseId, String path, byte[] content, String by, Instant now) {
        jdbc.sql("""
                        insert into catalog_draft_file (course_id, path, content, size, revision, updated_by, updated_at)
                        values (?, ?, ?, ?, 1, ?, ?)""").params(courseId, path, content, content.length, by, now).update();
    }

    private void touch(String courseId, Instant now) {
        jdbc.sql("update catalog_draft set updated_at = ? where course_id = ?")
                .params(now, courseId)
                .update();
    }
}
