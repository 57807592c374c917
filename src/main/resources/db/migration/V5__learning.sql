-- Learning: enrolments pinned to a course version, lesson progress, quiz attempts and their answers.
-- Ids of other modules (user, course, version) are plain columns: no foreign keys across modules.
create table learning_enrolment (
    id               bigint       not null auto_increment,
    user_id          bigint       not null,
    course_id        varchar(80)  not null,
    version_id       bigint       not null,
    version_number   int          not null,
    enrolled_at      datetime(6)  not null,
    enrolled_by      bigint       null,
    steps_total      int          not null,
    steps_done       int          not null,
    next_step        varchar(200) null,
    last_activity_at datetime(6)  not null,
    completed_at     datetime(6)  null,
    score            decimal(5, 2) null,
    version          bigint       not null,
    primary key (id),
    constraint uk_learning_enrolment_user_course unique (user_id, course_id),
    key ix_learning_enrolment_course (course_id, version_id)
) engine = InnoDB default charset = utf8mb4;

create table learning_lesson_progress (
    enrolment_id  bigint       not null,
    step          varchar(200) not null,
    started_at    datetime(6)  not null,
    completed_at  datetime(6)  null,
    seconds_spent int          not null,
    primary key (enrolment_id, step),
    constraint fk_learning_lesson_progress_enrolment foreign key (enrolment_id) references learning_enrolment (id)
) engine = InnoDB default charset = utf8mb4;

-- open_flag is 1 while an attempt is open and null once graded: the unique key allows one open attempt
-- per learner and quiz, and any number of graded ones.
create table learning_attempt (
    id           bigint       not null auto_increment,
    enrolment_id bigint       not null,
    user_id      bigint       not null,
    quiz         varchar(100) not null,
    number       int          not null,
    language     varchar(5)   not null,
    started_at   datetime(6)  not null,
    deadline_at  datetime(6)  null,
    submitted_at datetime(6)  null,
    open_flag    int          null,
    score        decimal(5, 2) null,
    passed       boolean      null,
    plan         text         not null,
    version      bigint       not null,
    primary key (id),
    constraint uk_learning_attempt_number unique (enrolment_id, quiz, number),
    constraint uk_learning_attempt_open unique (enrolment_id, quiz, open_flag),
    key ix_learning_attempt_user (user_id),
    constraint fk_learning_attempt_enrolment foreign key (enrolment_id) references learning_enrolment (id)
) engine = InnoDB default charset = utf8mb4;

create table learning_answer (
    attempt_id  bigint        not null,
    question_id varchar(100)  not null,
    response    varchar(1000) not null,
    saved_at    datetime(6)   not null,
    fraction    decimal(5, 4) null,
    primary key (attempt_id, question_id),
    constraint fk_learning_answer_attempt foreign key (attempt_id) references learning_attempt (id)
) engine = InnoDB default charset = utf8mb4;
