-- Every file of a course folder as it was imported, per version (bytes in catalog_media, stored once each):
-- a version can be exported again as the very folder it came from. Never served to learners (quiz files hold
-- the answers); catalog_version_file lists what learners may be served.
create table catalog_version_source (
    version_id bigint       not null,
    path       varchar(500) not null,
    sha256     char(64)     not null,
    primary key (version_id, path),
    constraint fk_catalog_version_source_version foreign key (version_id) references catalog_course_version (id),
    constraint fk_catalog_version_source_media foreign key (sha256) references catalog_media (sha256)
) engine = InnoDB default charset = utf8mb4;
