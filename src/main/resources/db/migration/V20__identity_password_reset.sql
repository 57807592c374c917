-- Forgotten passwords: one row per reset link sent, holding only the SHA-256 of its random token. A link works once,
-- for an hour; used rows stay (used_at) until swept, so that the number of links sent to an account in the last
-- hour can be counted (at most a few per hour).
create table identity_password_reset (
    id         bigint      not null auto_increment,
    user_id    bigint      not null,
    token_hash char(64)    not null,
    created_at datetime(6) not null,
    expires_at datetime(6) not null,
    used_at    datetime(6) null,
    primary key (id),
    constraint uk_identity_password_reset_token unique (token_hash),
    index ix_identity_password_reset_user (user_id, created_at),
    constraint fk_identity_password_reset_user foreign key (user_id) references identity_user (id) on delete cascade
) engine = InnoDB default charset = utf8mb4;

-- Reset requests per network address, as Bucket4j token buckets shared by every instance (decision 0015).
create table identity_reset_bucket (
    id         varchar(120) not null,
    state      blob         null,
    expires_at bigint       null,
    primary key (id),
    index ix_identity_reset_bucket_expires_at (expires_at)
) engine = InnoDB default charset = utf8mb4;
