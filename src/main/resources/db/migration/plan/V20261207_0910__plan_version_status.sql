-- The plan's status when a version was saved, so a book made from the version prints its edition (draft or final)
-- as it was then: reopening an approved plan must not turn the approved version's book into a draft. Versions saved
-- before this column existed have no status and print as drafts.
alter table pln_version add column plan_status varchar(20);
