-- Lookups on the verification page per network address, as Bucket4j token buckets shared by every instance
-- (decision 0015): the state is Bucket4j's own serialised bucket; expires_at (epoch milliseconds) is when the bucket
-- would be full again, after which it is no different from a new one and is deleted hourly.
create table credentials_verify_bucket (
    id         varchar(120) not null,
    state      blob         null,
    expires_at bigint       null,
    primary key (id),
    index ix_credentials_verify_bucket_expires_at (expires_at)
) engine = InnoDB default charset = utf8mb4;
