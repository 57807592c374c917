package org.passerelle.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One imported state of a course. Never changed after import. */
@Entity
@Table(name = "catalog_course_version")
class CourseVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id")
    private String courseId;

    private int number;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "imported_at")
    private Instant importedAt;

    @Column(name = "default_language")
    private String defaultLanguage;

    private String languages;

    private String level;

    @Column(name = "estimated_hours")
    private int estimatedHours;

    @Column(name = "module_count")
    private int moduleCount;

    @Column(name = "lesson_count")
    private int lessonCount;

    @Column(name = "self_enrolment")
    private boolean selfEnrolment;

    @Column(columnDefinition = "longtext")
    private String content;

    @ElementCollection
    @CollectionTable(name = "catalog_course_text", joinColumns = @JoinColumn(name = "version_id"))
    private List<Text> texts = new ArrayList<>();

    /** The files learners may be served: path inside the course folder → SHA-256 of the bytes. */
    @ElementCollection
    @CollectionTable(name = "catalog_version_file", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "path")
    @Column(name = "sha256")
    private Map<String, String> files = new TreeMap<>();

    /** Every file of the folder the version came from: path → SHA-256. Never served to learners. */
    @ElementCollection
    @CollectionTable(name = "catalog_version_source", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "path")
    @Column(name = "sha256")
    private Map<String, String> sources = new TreeMap<>();

    protected CourseVersion() {}

    CourseVersion(
            String courseId,
            int number,
            String contentHash,
            Instant importedAt,
            CourseContent course,
            String content,
            Map<String, String> files) {
        this.courseId = courseId;
        this.number = number;
        this.contentHash = contentHash;
        this.importedAt = importedAt;
        this.defaultLanguage = course.defaultLanguage().code();
        this.languages = String.join(
                ",", course.completeLanguages().stream().map(l -> l.code()).toList());
        this.level = course.level();
        this.estimatedHours = course.estimatedHours();
        this.moduleCount = course.modules().size();
        this.lessonCount = course.lessonCount();
        this.selfEnrolment = course.selfEnrolment();
        this.content = content;
        this.files.putAll(files);
        course.title()
                .forEach((language, title) -> texts.add(new Text(
                        language.code(),
                        title,
                        course.description()
                                .getOrDefault(language, course.description().get(course.defaultLanguage())),
                        String.join(", ", course.tags().getOrDefault(language, List.of())),
                        course.authorsLine())));
    }

    Long id() {
        return id;
    }

    Map<String, String> sources() {
        return Map.copyOf(sources);
    }

    /** Records the folder's files; for versions imported before sources were kept, on their next import. */
    void keepSources(Map<String, String> sources) {
        this.sources.clear();
        this.sources.putAll(sources);
    }

    int number() {
        return number;
    }

    String contentHash() {
        return contentHash;
    }

    String content() {
        return content;
    }

    String courseId() {
        return courseId;
    }

    String defaultLanguage() {
        return defaultLanguage;
    }

    String languages() {
        return languages;
    }

    int estimatedHours() {
        return estimatedHours;
    }

    int moduleCount() {
        return moduleCount;
    }

    int lessonCount() {
        return lessonCount;
    }

    List<Text> texts() {
        return texts;
    }

    @Embeddable
    record Text(
            String language,
            String title,
            @Column(columnDefinition = "text") String description,
            String tags,
            String authors) {}
}
