-- The public idea list pages newest first (order by id desc) within a province, optionally by dimension or area,
-- leaving hidden ideas out (status <> 'HIDDEN', not an equality): with the id right after the filter columns the
-- database reads a page in index order instead of sorting every matching idea (bench/idea-pages.sh, 10,000 ideas).
-- The status filter keeps using ix_par_idea_status (province_code, status, id).
create index ix_par_idea_newest on par_idea (province_code, id);
create index ix_par_idea_dimension_newest on par_idea (province_code, dimension_code, id);
create index ix_par_idea_area_newest on par_idea (province_code, area_id, id);
