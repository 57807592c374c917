package org.passerelle.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MediaBlobs extends JpaRepository<MediaBlob, String> {

    /** What is known of a file of a course version without reading its bytes. */
    interface Description {
        String getSha256();

        String getContentType();

        long getSize();
    }

    /** A file of a version, by its path in the course folder. */
    interface Listed extends Description {
        String getPath();
    }

    /** Which of these contents are stored already. */
    @Query("select m.sha256 from MediaBlob m where m.sha256 in :sha256s")
    Set<String> stored(Collection<String> sha256s);

    @Query(value = """
            select f.path as path, m.sha256 as sha256, m.content_type as contentType, m.size as size
            from catalog_version_file f join catalog_media m on m.sha256 = f.sha256
            where f.version_id = :versionId and f.path in :paths
            """, nativeQuery = true)
    List<Listed> list(long versionId, Collection<String> paths);

    @Query(value = """
            select m.sha256 as sha256, m.content_type as contentType, m.size as size
            from catalog_course_version v
              join catalog_version_file f on f.version_id = v.id
              join catalog_media m on m.sha256 = f.sha256
            where v.course_id = :courseId and v.number = :number and f.path = :path
            """, nativeQuery = true)
    Optional<Description> describe(String courseId, int number, String path);
}
