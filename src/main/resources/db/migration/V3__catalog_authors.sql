-- The catalog card shows the course's authors without reading the whole version.
alter table catalog_course_text add column authors varchar(1000) not null default '';
