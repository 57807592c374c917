-- The outbox (decision 0020): every message is written here in the transaction of the change that causes it, then
-- sent by a background sender. message_id is fixed when the message is queued, so that a message sent again after a
-- crash (SMTP accepted it, the row was not marked yet) carries the same Message-ID and mail systems drop the copy.
-- A body that carries a secret (a password-reset link) holds a placeholder; the secret itself waits in `secret`
-- until the message is sent, then is erased.
create table mail_outbox (
    id                bigint        not null auto_increment,
    message_id        varchar(255)  not null,
    kind              varchar(40)   not null,
    essential         boolean       not null,
    recipient_user_id bigint        null,
    recipient_address varchar(254)  not null,
    recipient_name    varchar(200)  null,
    language          varchar(8)    not null,
    subject           varchar(400)  not null,
    html_body         mediumtext    not null,
    text_body         mediumtext    not null,
    secret            varchar(200)  null,
    status            varchar(16)   not null,
    attempts          int           not null,
    next_attempt_at   datetime(6)   not null,
    lease_until       datetime(6)   null,
    last_error        varchar(1000) null,
    created_at        datetime(6)   not null,
    sent_at           datetime(6)   null,
    primary key (id),
    constraint uk_mail_outbox_message_id unique (message_id),
    index ix_mail_outbox_due (status, next_attempt_at),
    index ix_mail_outbox_created (created_at)
) engine = InnoDB default charset = utf8mb4;
