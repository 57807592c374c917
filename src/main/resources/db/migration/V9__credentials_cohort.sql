-- The cohort a record's holder followed the course with, if any, as it was named when the record was issued.
alter table credentials_record add column cohort_name varchar(200) null;
