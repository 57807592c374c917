package org.passerelle.catalog;

/** An account that may edit a course in the app, besides administrators. */
public record CourseAuthor(long userId, String username, AuthorRole role) {}
