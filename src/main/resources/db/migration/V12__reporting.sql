-- Dashboards read small tables kept by the reporting module, refreshed from the learning, cohorts, identity
-- and credentials modules (through their services) when something changed, and never written by anyone else.
-- One row per cohort, per member, per module, per quiz, per question and content language, per week.
create table reporting_cohort (
    cohort_id      bigint       not null,
    country        char(2)      not null,
    name           varchar(200) not null,
    starts_on      date         not null,
    ends_on        date         not null,
    learners       int          not null,
    completed      int          not null,
    avg_best_score decimal(5, 2) null,
    refreshed_at   datetime(6)  not null,
    primary key (cohort_id),
    key ix_reporting_cohort_country (country, starts_on)
) engine = InnoDB default charset = utf8mb4;

create table reporting_learner (
    cohort_id            bigint       not null,
    user_id              bigint       not null,
    name                 varchar(200) not null,
    username             varchar(64)  not null,
    progress             int          not null,
    last_active_at       datetime(6)  null,
    courses              int          not null,
    courses_completed    int          not null,
    best_score           decimal(5, 2) null,
    best_scores          varchar(1000) null,
    quizzes_failed_twice int          not null,
    record_status        varchar(8)   not null,
    primary key (cohort_id, user_id),
    key ix_reporting_learner_name (cohort_id, name),
    key ix_reporting_learner_progress (cohort_id, progress),
    key ix_reporting_learner_active (cohort_id, last_active_at),
    key ix_reporting_learner_score (cohort_id, best_score)
) engine = InnoDB default charset = utf8mb4;

create table reporting_module (
    cohort_id bigint       not null,
    course_id varchar(80)  not null,
    position  int          not null,
    module    varchar(100) not null,
    reached   int          not null,
    completed int          not null,
    primary key (cohort_id, course_id, position)
) engine = InnoDB default charset = utf8mb4;

create table reporting_quiz (
    cohort_id       bigint       not null,
    course_id       varchar(80)  not null,
    position        int          not null,
    quiz            varchar(100) not null,
    learners        int          not null,
    attempts        int          not null,
    passed_attempts int          not null,
    avg_best_score  decimal(5, 2) null,
    primary key (cohort_id, course_id, position)
) engine = InnoDB default charset = utf8mb4;

create table reporting_question (
    cohort_id   bigint         not null,
    course_id   varchar(80)    not null,
    quiz        varchar(100)   not null,
    question_id varchar(100)   not null,
    language    varchar(5)     not null,
    answers     int            not null,
    correct     decimal(14, 4) not null,
    primary key (cohort_id, course_id, quiz, question_id, language)
) engine = InnoDB default charset = utf8mb4;

create table reporting_week (
    cohort_id   bigint not null,
    week_start  date   not null,
    active      int    not null,
    completions int    not null,
    primary key (cohort_id, week_start)
) engine = InnoDB default charset = utf8mb4;
