package org.passerelle.catalog;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CourseVersions extends JpaRepository<CourseVersion, Long> {

    Optional<CourseVersion> findByCourseIdAndContentHash(String courseId, String contentHash);

    @Query("select coalesce(max(v.number), 0) from CourseVersion v where v.courseId = :courseId")
    int lastNumber(String courseId);

    long countByCourseId(String courseId);
}
