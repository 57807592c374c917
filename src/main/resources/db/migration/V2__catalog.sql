-- Catalog: courses and their immutable versions. A version is the validated content of a course folder at
-- import time, identified by the hash of its files; enrolments will pin the version a learner started.
create table catalog_course (
    id              varchar(80) not null,
    current_version bigint      null,
    created_at      datetime(6) not null,
    updated_at      datetime(6) not null,
    version         bigint      not null,
    primary key (id)
) engine = InnoDB default charset = utf8mb4;

create table catalog_course_version (
    id               bigint      not null auto_increment,
    course_id        varchar(80) not null,
    number           int         not null,
    content_hash     char(64)    not null,
    imported_at      datetime(6) not null,
    default_language varchar(5)  not null,
    languages        varchar(40) not null,
    level            varchar(20) not null,
    estimated_hours  int         not null,
    module_count     int         not null,
    lesson_count     int         not null,
    self_enrolment   boolean     not null,
    content          longtext    not null,
    primary key (id),
    constraint uk_catalog_course_version_number unique (course_id, number),
    constraint uk_catalog_course_version_hash unique (course_id, content_hash),
    constraint fk_catalog_course_version_course foreign key (course_id) references catalog_course (id)
) engine = InnoDB default charset = utf8mb4;

create table catalog_course_text (
    version_id  bigint        not null,
    language    varchar(5)    not null,
    title       varchar(300)  not null,
    description text          not null,
    tags        varchar(1000) not null,
    primary key (version_id, language),
    constraint fk_catalog_course_text_version foreign key (version_id) references catalog_course_version (id)
) engine = InnoDB default charset = utf8mb4;
