-- National overview benchmark data (bench/national.sh): :areas synthetic target areas spread over the 77 provinces
-- of the national read model, stages spread over all six, register entries for the certified and renewed ones, the
-- provinces restaged to their furthest area and given plan dimensions. Written straight into the dashboard's read
-- model: the overview reads nothing else (the periodic refresh is held off by the script while it runs).
\set ON_ERROR_STOP on
delete from dsh_certification where area_id >= 900000;
delete from dsh_national_area where area_id >= 900000;
with p as (select province_code, row_number() over (order by province_code) - 1 as n from dsh_national_province),
     a as (select g as i from generate_series(1, :areas) g)
insert into dsh_national_area (area_id, province_code, name_th, name_en, stage)
select 900000 + a.i, p.province_code, 'พื้นที่ทดสอบสมรรถนะ ' || a.i, 'Bench area ' || a.i,
       (array['NO_ENGAGEMENT','ENGAGED','DRAFT_PLAN','SUBMITTED','CERTIFIED','RENEWED'])[1 + (a.i * 7) % 6]
from a join p on p.n = a.i % 77;
insert into dsh_certification (province_code, area_id, certified_on, renewed_on, reference, notes, version, updated_at)
select province_code, area_id, date '2019-06-01' + (area_id % 1500)::int,
       case when stage = 'RENEWED' then date '2025-06-01' end, 'bench', 'bench', 0, now()
from dsh_national_area where area_id >= 900000 and stage in ('CERTIFIED', 'RENEWED');
update dsh_national_province p set
  stage = (array['NO_ENGAGEMENT','ENGAGED','DRAFT_PLAN','SUBMITTED','CERTIFIED','RENEWED'])[greatest(
    array_position(array['NO_ENGAGEMENT','ENGAGED','DRAFT_PLAN','SUBMITTED','CERTIFIED','RENEWED']::varchar[], p.stage),
    coalesce((select max(array_position(array['NO_ENGAGEMENT','ENGAGED','DRAFT_PLAN','SUBMITTED','CERTIFIED','RENEWED']::varchar[], a.stage))
              from dsh_national_area a where a.province_code = p.province_code), 1))],
  plan_status = coalesce(p.plan_status, 'APPROVED'),
  dimensions = case when p.dimensions = '' then 'ENV,ECO,LIV,GOV' else p.dimensions end;
