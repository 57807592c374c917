package org.passerelle.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CourseVersions extends JpaRepository<CourseVersion, Long> {

    Optional<CourseVersion> findByCourseIdAndContentHash(String courseId, String contentHash);

    @Query("select coalesce(max(v.number), 0) from CourseVersion v where v.courseId = :courseId")
    int lastNumber(String courseId);

    long countByCourseId(String courseId);

    @Query("select c.id from Course c where c.currentVersion is not null order by c.id")
    List<String> courseIds();

    /** The current version of each course whose texts, in any language, contain the pattern. */
    @Query("""
            select distinct v from CourseVersion v join v.texts t, Course c
            where c.currentVersion = v.id
              and (:pattern = '%%' or lower(t.title) like :pattern or lower(t.description) like :pattern
                   or lower(t.tags) like :pattern)
            order by v.courseId
            """)
    List<CourseVersion> published(String pattern);

    @Query("select v from CourseVersion v, Course c where c.currentVersion = v.id and c.id = :courseId")
    Optional<CourseVersion> currentVersionOf(String courseId);

    /** Version id, default language, text language and title of each text of the versions. */
    @Query("select v.id, v.defaultLanguage, t.language, t.title from CourseVersion v join v.texts t where v.id in :ids")
    List<Object[]> titles(Collection<Long> ids);
}
