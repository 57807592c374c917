package org.passerelle.journeys;

import static org.passerelle.catalog.ui.edit.EditorIds.CREATE_COURSE;
import static org.passerelle.catalog.ui.edit.EditorIds.NEW_COURSE_ID;
import static org.passerelle.catalog.ui.edit.EditorIds.NEW_COURSE_TITLE;

/** The instructor's home: the courses they author, and a new course started by its title and short name. */
final class MyCoursesPage extends Page {

    MyCoursesPage(BrowserJourney journey) {
        super(journey);
    }

    /** Types a new course's title; a short name made from it is offered until one is typed. */
    MyCoursesPage title(String title) {
        type(NEW_COURSE_TITLE, title);
        return this;
    }

    /** The short name made from the title, offered as the field's placeholder while none is typed. */
    String suggestedId() {
        return input(NEW_COURSE_ID).getDomAttribute("placeholder");
    }

    MyCoursesPage id(String id) {
        type(NEW_COURSE_ID, id);
        return this;
    }

    /** Creates the course: the course editor opens. */
    CourseEditorPage create() {
        click(CREATE_COURSE);
        return new CourseEditorPage(journey);
    }

    /** Creates a course with this title and short name, and waits for its editor's modules. */
    CourseEditorPage create(String title, String id) {
        return title(title).id(id).create().modulesShown();
    }
}
