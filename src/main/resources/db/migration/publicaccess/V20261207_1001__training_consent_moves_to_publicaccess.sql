-- Training's PDPA consent moves to publicaccess, which training and participation share: each trainee's consent
-- (text version, time), personal-link hash, erasure request and retention date (the cohort's end plus its
-- retention days) become a pac_consent row; the trainees' links keep working because the same hash moves.
-- Training keeps its own record of having blanked a trainee (anonymised_at).
insert into pac_consent (province_code, holder, subject_id, purpose, text_version, consented_at, withdrawn_at,
                         retained_until, link_hash, erasure_requested_at, erased_at)
select c.province_code, 'training-trainee', t.id,
       'Smart City capacity building: attendance, tests, certificate and training report',
       t.consent_version, t.consented_at, null,
       cast(c.end_date + interval '1' day * c.retention_days as date),
       t.access_token_hash, t.erasure_requested_at, t.anonymised_at
from trn_trainee t join trn_cohort c on c.id = t.cohort_id;

alter table trn_trainee drop column access_token_hash;
alter table trn_trainee drop column consent_version;
alter table trn_trainee drop column consented_at;
alter table trn_trainee drop column erasure_requested_at;
