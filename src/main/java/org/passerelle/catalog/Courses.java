package org.passerelle.catalog;

import org.jspecify.annotations.NullUnmarked;
import org.springframework.data.jpa.repository.JpaRepository;

// Spring Data checks JSpecify nullness of repository methods at runtime; these do not state theirs yet.
@NullUnmarked
interface Courses extends JpaRepository<Course, String> {}
