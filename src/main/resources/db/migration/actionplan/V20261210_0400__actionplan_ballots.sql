-- Participatory-budgeting ballots on plan projects (issue 15). Participation owns the ballot and its votes; the
-- action plan keeps which ballots it opened and, once one closes, each project's outcome and the public-support
-- score made of it, so its pages can say where a score came from. Ballots and projects are referenced by id only.
create table acp_ballot (
    ballot_id bigint primary key,
    province_code varchar(8) not null,
    -- the ballot's title; opened_at, kind and budget stay null for a ballot the action plan did not open itself
    -- (its outcome, which names its title, still counts for the province's projects)
    title varchar(200),
    kind varchar(20),
    budget_satang bigint,
    opened_at timestamp with time zone,
    closed_at timestamp with time zone,
    online_ballots bigint,
    paper_ballots bigint
);
create index acp_ballot_province on acp_ballot (province_code);

create table acp_ballot_outcome (
    ballot_id bigint not null,
    province_code varchar(8) not null,
    project_id varchar(36) not null,
    approvals bigint not null,
    vote_share numeric(5, 4) not null,
    selected boolean not null,
    score numeric(5, 2) not null,
    primary key (ballot_id, project_id)
);
create index acp_ballot_outcome_project on acp_ballot_outcome (province_code, project_id);
