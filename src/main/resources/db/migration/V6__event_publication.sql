-- Spring Modulith's event publication registry: an event between modules (CourseCompleted) is stored in the
-- transaction that publishes it, once per listener, and marked completed when the listener succeeded; what a
-- crash left incomplete is delivered again at the next start.
create table event_publication (
    id                     binary(16)   not null,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text         not null,
    publication_date       datetime(6)  not null,
    completion_date        datetime(6)  null,
    status                 varchar(20)  null,
    completion_attempts    int          not null,
    last_resubmission_date datetime(6)  null,
    primary key (id),
    key ix_event_publication_incomplete (completion_date, publication_date)
) engine = InnoDB default charset = utf8mb4;
