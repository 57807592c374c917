-- Completion records: one per learner and course version, with what a verifier needs frozen at issue time.
-- The id is random (128 bits): knowing one record tells nothing about another.
create table credentials_record (
    id                char(26)      not null,
    user_id           bigint        not null,
    enrolment_id      bigint        not null,
    course_id         varchar(80)   not null,
    version_number    int           not null,
    holder_name       varchar(200)  not null,
    course_title      varchar(300)  not null,
    country           varchar(2)    null,
    score             decimal(5, 2) null,
    completed_at      datetime(6)   not null,
    issued_at         datetime(6)   not null,
    issuer            varchar(200)  not null,
    revoked_at        datetime(6)   null,
    revocation_reason varchar(500)  null,
    version           bigint        not null,
    primary key (id),
    constraint uk_credentials_record_course_version unique (user_id, course_id, version_number),
    key ix_credentials_record_user (user_id)
) engine = InnoDB default charset = utf8mb4;
