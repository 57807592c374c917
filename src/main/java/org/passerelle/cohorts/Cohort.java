package org.passerelle.cohorts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** A country's delegation following some courses between two dates. */
@Entity
@Table(name = "cohorts_cohort")
class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String country;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "cohorts_course", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "course_id")
    private Set<String> courses = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "cohorts_reviewer", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "user_id")
    private Set<Long> reviewers = new TreeSet<>();

    @Version
    private long version;

    protected Cohort() {}

    Cohort(Instant createdAt) {
        this.createdAt = createdAt;
    }

    void apply(CohortForm form) {
        name = form.name().strip();
        country = form.country();
        startsOn = form.startsOn();
        endsOn = form.endsOn();
        courses.clear();
        courses.addAll(form.courseIds());
        reviewers.clear();
        reviewers.addAll(form.reviewerIds());
    }

    Long id() {
        return id;
    }

    Set<String> courses() {
        return courses;
    }

    CohortSummary summary(long members) {
        return new CohortSummary(
                id, name, country, startsOn, endsOn, Set.copyOf(courses), Set.copyOf(reviewers), members, version);
    }
}
