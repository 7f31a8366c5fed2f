-- portal (issue 14): staff decide per survey whether its aggregated results appear on the public portal.
-- One row per survey whose results are public; removing the row takes them off again. Who and when are kept
-- here for the staff page; the audit log keeps the history.
create table par_survey_results_public (
    survey_id      bigint       not null primary key references par_survey (id) on delete cascade,
    province_code  varchar(10)  not null,
    published_by   varchar(100) not null,
    published_at   timestamp with time zone not null
);
create index par_survey_results_public_province on par_survey_results_public (province_code);
