-- The committee's criterion 1 asks whether each area is a new city or an existing city made liveable.
alter table prf_target_area add column city_type varchar(20);
