-- Who issues and signs a cohort's certificates: the agency named on the certificate and the official who signs it
-- (name and position), set per cohort by the people who run the training. Empty until set: the certificate then
-- names the province as the issuing agency and leaves the signature block off rather than printing a blank one.
alter table trn_cohort add column issuing_agency varchar(200) default '' not null;
alter table trn_cohort add column signer_name varchar(200) default '' not null;
alter table trn_cohort add column signer_position varchar(200) default '' not null;
