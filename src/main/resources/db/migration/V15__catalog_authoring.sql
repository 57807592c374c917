-- Who may edit a course in the app: its owners and co-authors (administrators may edit every course).
-- No foreign key to catalog_course: a course created in the editor exists only as a draft until published.
create table catalog_course_author (
    course_id varchar(80) not null,
    user_id   bigint       not null,
    username  varchar(100) not null,
    role      varchar(20)  not null,
    added_at  datetime(6) not null,
    primary key (course_id, user_id),
    key ix_catalog_course_author_user (user_id)
) engine = InnoDB default charset = utf8mb4;

-- A course being edited: a course folder held in the database, file by file (docs/decisions/0011).
-- Publishing writes these files to a folder and imports it like any other.
create table catalog_draft (
    course_id       varchar(80) not null primary key,
    base_version_id bigint      null,
    started_by      bigint      not null,
    started_at      datetime(6) not null,
    updated_at      datetime(6) not null
) engine = InnoDB default charset = utf8mb4;

-- Each file has a revision: a save names the revision it started from and is refused when another person saved
-- the file meanwhile, so nothing is overwritten silently.
create table catalog_draft_file (
    course_id  varchar(80)  not null,
    path       varchar(500) not null,
    content    longblob     not null,
    size       bigint       not null,
    revision   int          not null,
    updated_by varchar(100) not null,
    updated_at datetime(6)  not null,
    primary key (course_id, path),
    constraint fk_catalog_draft_file_draft foreign key (course_id) references catalog_draft (course_id)
        on delete cascade
) engine = InnoDB default charset = utf8mb4;
