-- Issue 14 leftovers. (1) A survey response keeps who answered where the process can tell a person apart
-- (code:<id> after a participation code, account:<id> for a signed-in account of the province): one answer per
-- participant and survey, enforced by the database also under races across nodes. Anonymous answers (anyone may
-- take part, rate-limited) and paper answers typed by staff keep no key: NULLs never collide in a unique key.
alter table par_survey_response add column participant_key varchar(80);
alter table par_survey_response add constraint uq_par_survey_response_participant unique (survey_id, participant_key);

-- (2) A coordinator withdraws a printed batch (a lost sheet): its unused codes stop working, codes used before keep
-- what their holders did. Set on each code by one conditional update, so a withdrawal and a redemption racing on
-- another node never both win the same code.
alter table par_code add column withdrawn_at timestamp with time zone;
alter table par_code_batch add column withdrawn_at timestamp with time zone;
alter table par_code_batch add column withdrawn_by varchar(100);
