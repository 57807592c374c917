-- Files a course shows learners (images, slides, transcripts, audio), stored once per content (SHA-256) and
-- listed per course version by their path in the course folder, so a pinned version keeps its files even
-- after the folder changes, and an unchanged file shared by many versions is stored once.
create table catalog_media (
    sha256       char(64)     not null,
    content_type varchar(100) not null,
    size         bigint       not null,
    bytes        longblob     not null,
    primary key (sha256)
) engine = InnoDB default charset = utf8mb4;

create table catalog_version_file (
    version_id bigint       not null,
    path       varchar(500) not null,
    sha256     char(64)     not null,
    primary key (version_id, path),
    constraint fk_catalog_version_file_version foreign key (version_id) references catalog_course_version (id),
    constraint fk_catalog_version_file_media foreign key (sha256) references catalog_media (sha256)
) engine = InnoDB default charset = utf8mb4;
