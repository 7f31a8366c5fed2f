-- The plan's revision: 1 for the first plan, raised each time an approved plan is reopened as a new draft. Saved
-- versions keep their documents untouched, so the approved revision stays reproducible after a reopen.
alter table pln_plan add column revision_number integer default 1 not null;
