-- Identity: accounts, their roles, and the audit trail of privileged changes.
-- Usernames and emails are stored lower-cased by the code; the unique keys then hold under any collation.
create table identity_user (
    id              bigint       not null auto_increment,
    username        varchar(64)  not null,
    display_name    varchar(200) not null,
    email           varchar(254) not null,
    country         char(2)      null,
    language        varchar(5)   not null,
    password_hash   varchar(255) not null,
    active          boolean      not null,
    failed_attempts int          not null,
    lock_count      int          not null,
    locked_until    datetime(6)  null,
    created_at      datetime(6)  not null,
    version         bigint       not null,
    primary key (id),
    constraint uk_identity_user_username unique (username),
    constraint uk_identity_user_email unique (email)
) engine = InnoDB default charset = utf8mb4;

create table identity_user_role (
    user_id bigint      not null,
    role    varchar(20) not null,
    primary key (user_id, role),
    constraint fk_identity_user_role_user foreign key (user_id) references identity_user (id) on delete cascade
) engine = InnoDB default charset = utf8mb4;

create table identity_audit_entry (
    id          bigint        not null auto_increment,
    occurred_at datetime(6)   not null,
    actor       varchar(64)   not null,
    action      varchar(40)   not null,
    target      varchar(200)  null,
    detail      varchar(1000) null,
    primary key (id),
    index ix_identity_audit_entry_occurred_at (occurred_at)
) engine = InnoDB default charset = utf8mb4;
