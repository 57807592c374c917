-- Country cohorts: a delegation following one or more courses between two dates, reviewed by its
-- country's reviewers, joined by invitation code (with an expiry and a number of uses) or by an administrator.
create table cohorts_cohort (
    id         bigint       not null auto_increment,
    name       varchar(200) not null,
    country    char(2)      not null,
    starts_on  date         not null,
    ends_on    date         not null,
    created_at datetime(6)  not null,
    version    bigint       not null,
    primary key (id),
    key ix_cohorts_cohort_country (country)
) engine = InnoDB default charset = utf8mb4;

create table cohorts_course (
    cohort_id bigint      not null,
    course_id varchar(80) not null,
    primary key (cohort_id, course_id),
    constraint fk_cohorts_course_cohort foreign key (cohort_id) references cohorts_cohort (id)
) engine = InnoDB default charset = utf8mb4;

create table cohorts_reviewer (
    cohort_id bigint not null,
    user_id   bigint not null,
    primary key (cohort_id, user_id),
    constraint fk_cohorts_reviewer_cohort foreign key (cohort_id) references cohorts_cohort (id)
) engine = InnoDB default charset = utf8mb4;

create table cohorts_member (
    cohort_id bigint      not null,
    user_id   bigint      not null,
    joined_at datetime(6) not null,
    primary key (cohort_id, user_id),
    key ix_cohorts_member_user (user_id),
    constraint fk_cohorts_member_cohort foreign key (cohort_id) references cohorts_cohort (id)
) engine = InnoDB default charset = utf8mb4;

create table cohorts_invitation (
    code       varchar(16) not null,
    cohort_id  bigint      not null,
    expires_at datetime(6) not null,
    max_uses   int         not null,
    uses       int         not null,
    created_at datetime(6) not null,
    primary key (code),
    constraint fk_cohorts_invitation_cohort foreign key (cohort_id) references cohorts_cohort (id)
) engine = InnoDB default charset = utf8mb4;
