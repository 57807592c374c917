-- Sign-in failures per network address, shared by every instance (decisions 0003 and 0015): after 10 failures the
-- address waits 1, 2, 4 … seconds (at most 5 minutes) after its last failure before it may try again; everything is
-- forgotten 15 minutes after the last failure (passerelle.sign-in.address-window), and such rows are deleted hourly.
create table identity_sign_in_address (
    address        varchar(100) not null,
    failures       int          not null,
    last_failed_at datetime(6)  not null,
    primary key (address),
    index ix_identity_sign_in_address_last_failed_at (last_failed_at)
) engine = InnoDB default charset = utf8mb4;
