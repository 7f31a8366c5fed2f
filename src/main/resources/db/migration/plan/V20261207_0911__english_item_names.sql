-- English names of goals, strategies, projects and KPIs for the English master-plan book. Empty means "not
-- translated": the English book then prints the Thai name, marked as untranslated.
alter table pln_goal add column title_en varchar(1000) default '' not null;
alter table pln_strategy add column title_en varchar(1000) default '' not null;
alter table pln_project add column name_en varchar(1000) default '' not null;
alter table pln_kpi add column name_en varchar(1000) default '' not null;
