-- When a trainee's personal link was last handed to them. Only the link's hash is stored, so its secret exists
-- once, when it is issued: a trainee who registered themselves saw theirs at once, an imported trainee never did.
-- The cohort's link sheet issues links to those who have none in hand without ending anyone's working link.
alter table trn_trainee add column link_handed_out_at timestamp with time zone;
update trn_trainee set link_handed_out_at = created_at where source = 'self';
