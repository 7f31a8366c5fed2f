-- A plan-wide revision, raised in the same transaction as every change to the plan or its items, so a node can
-- keep a loaded plan in memory and know with one cheap query whether it is still current.
alter table pln_plan add column revision bigint default 0 not null;
