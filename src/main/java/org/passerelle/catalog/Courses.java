package org.passerelle.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface Courses extends JpaRepository<Course, String> {}
