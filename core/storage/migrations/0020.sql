-- What was done to one applicant or room is looked up by its subject: whether an applicant was ever sent the room's
-- secrets (a reminder with them is allowed then), and an applicant's history.
CREATE INDEX audit_log_subject ON audit_log (subject_kind, subject_id);
