-- The dashboards refresh the cohorts whose learners did something, or that gained members, since their last
-- refresh: found by the time of each enrolment's last activity and of each membership.
create index ix_learning_enrolment_activity on learning_enrolment (last_activity_at);
create index ix_cohorts_member_joined on cohorts_member (joined_at);
