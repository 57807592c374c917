package org.passerelle.catalog;

/** What a person is to a course they may edit in the app. */
public enum AuthorRole {
    OWNER,
    COAUTHOR
}
