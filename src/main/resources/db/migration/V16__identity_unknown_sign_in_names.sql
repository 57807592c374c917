-- Sign-in failures under names that are no account's, locked by the same rule as accounts so that the answer
-- never tells whether an account exists (decision 0003). Only the SHA-256 of the name is kept. Failures older
-- than a day (passerelle.sign-in.forget-failures-after) are forgotten, for accounts and names alike.
alter table identity_user add column last_failed_at datetime(6) null;

create table identity_unknown_sign_in_name (
    name_hash       char(64)    not null,
    failed_attempts int         not null,
    lock_count      int         not null,
    locked_until    datetime(6) null,
    last_failed_at  datetime(6) null,
    primary key (name_hash),
    index ix_identity_unknown_sign_in_name_last_failed_at (last_failed_at)
) engine = InnoDB default charset = utf8mb4;
