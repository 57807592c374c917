-- Accounts created for people who have not chosen a password yet (bulk enrolment): no password hash until
-- they activate the account with a one-time code. Only the SHA-256 of each code is kept.
alter table identity_user modify password_hash varchar(255) null;

create table identity_activation (
    user_id    bigint      not null,
    code_hash  char(64)    not null,
    expires_at datetime(6) not null,
    created_at datetime(6) not null,
    primary key (user_id),
    constraint uk_identity_activation_code unique (code_hash),
    constraint fk_identity_activation_user foreign key (user_id) references identity_user (id) on delete cascade
) engine = InnoDB default charset = utf8mb4;
