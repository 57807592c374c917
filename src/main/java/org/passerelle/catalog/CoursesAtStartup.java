package org.passerelle.catalog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Imports the courses folder when Passerelle starts, so the files in git are what learners see. */
@Component
@Order(10)
class CoursesAtStartup implements ApplicationRunner {

    private final CourseImport courseImport;

    CoursesAtStartup(CourseImport courseImport) {
        this.courseImport = courseImport;
    }

    @Override
    public void run(ApplicationArguments args) {
        courseImport.importFolder(courseImport.folder(), (done, of) -> {});
    }
}
