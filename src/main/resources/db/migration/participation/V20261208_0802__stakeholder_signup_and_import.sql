-- Stakeholders who register themselves through the public form wait for staff to confirm them (PENDING, then
-- CONFIRMED or REJECTED); the registry, its figures and the book count only confirmed ones. How consent was
-- collected is kept with the stakeholder: typed by staff, given online, or collected on paper on a given day
-- (imports of paper sign-up sheets).
alter table par_stakeholder add column moderation varchar(10) default 'CONFIRMED' not null;
alter table par_stakeholder add column consent_channel varchar(10) default 'STAFF' not null;
alter table par_stakeholder add column consent_collected_on date;
create index ix_par_stakeholder_moderation on par_stakeholder (province_code, moderation);

-- The public sign-up form of a province, open while a row exists: the random key makes its link
-- (/participation/join/{key}), so staff decide when people may register themselves and can close it again.
create table par_signup_link (
    province_code  varchar(10)  primary key,
    public_key     varchar(40)  not null unique,
    opened_at      timestamp with time zone not null,
    opened_by      varchar(100) not null
);
