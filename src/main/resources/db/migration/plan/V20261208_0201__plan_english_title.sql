-- The plan's title in English for the English master-plan book (cover, running header, file properties). Empty
-- means "not translated": the English book then prints the Thai title, marked as untranslated.
alter table pln_plan add column title_en varchar(1000) default '' not null;
