-- An approval names the version saved at that moment: what exactly was approved.
alter table pln_status_change add column version_id bigint;
