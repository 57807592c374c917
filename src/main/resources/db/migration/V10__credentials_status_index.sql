-- Each exported record's position in the revocation status lists (W3C Bitstring Status List), drawn at random
-- at its first export; the unique key settles two exports drawing the same position at the same moment.
alter table credentials_record add column status_index int null;
alter table credentials_record add constraint uk_credentials_record_status_index unique (status_index);
