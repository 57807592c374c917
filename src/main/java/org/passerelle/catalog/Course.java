package org.passerelle.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A course, known by the name of its folder; its content lives in versions. */
@Entity
@Table(name = "catalog_course")
class Course {

    @Id
    private String id;

    @Column(name = "current_version")
    private Long currentVersion;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Course() {}

    Course(String id, Instant now) {
        this.id = id;
        this.createdAt = now;
        this.updatedAt = now;
    }

    String id() {
        return id;
    }

    Long currentVersion() {
        return currentVersion;
    }

    void publish(long versionId, Instant now) {
        this.currentVersion = versionId;
        this.updatedAt = now;
    }
}
