package org.passerelle.catalog;

/**
 * One imported version of a course with its content; never changes.
 *
 * @param id the version's id, which enrolments are pinned to
 * @param number the version's number within its course (1, 2, …)
 */
public record PublishedVersion(long id, String courseId, int number, CourseContent content) {}
