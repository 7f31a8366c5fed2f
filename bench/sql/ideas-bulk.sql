-- Opens the ideas tool and bulk-loads citizens' ideas for the idea benchmarks (bench/idea-pages.sh, bench/public-load.sh), one statement
-- per table instead of the application's forms, which would take hours for 10,000 ideas. Run with psql:
--   psql -v province=TH-65 -v ideas=10000 -v supports=50000 -f bench/sql/ideas-bulk.sql DB
-- Ideas spread over the 7 smart dimensions and the province's target areas (one in ten without an area) and over
-- the last 60 days; 80 % published, 8 % accepted (with a plan item), 7 % declined (with a reason), 5 % hidden; every
-- idea has its PROPOSED event, decided and hidden ones a second. Supports come from distinct participants and
-- lean towards a few popular ideas (the square of an evenly spread number), as supports do.
\set ON_ERROR_STOP on
begin;

-- the demo's current phase (IDEAS) opens the ideas tool, as a coordinator would on the process page
update par_process_phase set open_tools = 'ideas,surveys'
where kind = 'IDEAS' and open_tools not like '%ideas%'
  and process_id = (select id from par_process where province_code = :'province');

create temporary table bulk_idea_numbers as
select g as n,
       case when g % 100 < 80 then 'PUBLISHED' when g % 100 < 88 then 'ACCEPTED'
            when g % 100 < 95 then 'DECLINED' else 'HIDDEN' end as status
from generate_series(1, :ideas) g;

with dims as (select array_agg(code order by sort_order) as codes from ref_item where kind = 'SMART_DIMENSION'),
     areas as (select array_agg(id order by id) as ids from prf_target_area where province_code = :'province'),
     titles as (select array['ไฟส่องสว่างถนนเลียบคลอง', 'จุดรับส่งรถโดยสารหน้าโรงพยาบาล', 'ทางเดินเท้าร่มรื่นไปโรงเรียน',
                             'แจ้งเตือนน้ำท่วมทางโทรศัพท์', 'ธนาคารขยะรีไซเคิลในชุมชน', 'ลานกีฬาเยาวชนใต้สะพาน',
                             'Wi-Fi สาธารณะในศูนย์ผู้สูงอายุ', 'ป้ายบอกทางแหล่งท่องเที่ยวสองภาษา',
                             'ตลาดเกษตรกรวันเสาร์', 'ทางจักรยานรอบบึงสาธารณะ', 'โซลาร์เซลล์บนหลังคาอาคารเทศบาล',
                             'กล้องวงจรปิดบริเวณทางแยก'] as t)
insert into par_idea (province_code, title, description, dimension_code, area_id, channel, status, hidden_reason,
                      decline_reason, accepted_type, accepted_id, accepted_title, participant_key, author_secret_hash,
                      idempotency_key, entered_by, created_at, decided_at)
select :'province',
       titles.t[1 + b.n % array_length(titles.t, 1)] || ' จุดที่ ' || b.n,
       'ข้อเสนอจากชาวบ้าน: ' || titles.t[1 + b.n % array_length(titles.t, 1)]
         || ' ช่วยให้คนในพื้นที่ใช้ชีวิตสะดวกและปลอดภัยขึ้น โดยเฉพาะเด็กนักเรียนและผู้สูงอายุ',
       dims.codes[1 + b.n % array_length(dims.codes, 1)],
       case when b.n % 10 = 0 or areas.ids is null then null else areas.ids[1 + b.n % array_length(areas.ids, 1)] end,
       case when b.n % 6 = 0 then 'PAPER' else 'ONLINE' end,
       b.status,
       case when b.status = 'HIDDEN' then 'ข้อความไม่สุภาพ' end,
       case when b.status = 'DECLINED' then 'อยู่นอกอำนาจหน้าที่ของจังหวัด ส่งต่อหน่วยงานที่รับผิดชอบแล้ว' end,
       case when b.status = 'ACCEPTED' then 'plan.project' end,
       case when b.status = 'ACCEPTED' then 'bench-' || b.n end,
       case when b.status = 'ACCEPTED' then 'โครงการ' || titles.t[1 + b.n % array_length(titles.t, 1)] end,
       'bulk-author-' || b.n,
       encode(sha256(convert_to('bulk-secret-' || :'province' || '-' || b.n, 'UTF8')), 'hex'),
       'bulk-' || b.n,
       case when b.n % 6 = 0 then 'coordinator' end,
       now() - make_interval(mins => (b.n * 86400 / :ideas)),
       case when b.status in ('ACCEPTED', 'DECLINED') then now() - make_interval(mins => (b.n * 43200 / :ideas)) end
from bulk_idea_numbers b, dims, areas, titles
order by b.n desc;

create temporary table bulk_ideas as
select i.id, i.status, i.created_at, i.decided_at, row_number() over (order by i.id) as rn
from par_idea i where i.province_code = :'province' and i.idempotency_key like 'bulk-%';

insert into par_idea_event (idea_id, at, kind, text, actor)
select id, created_at, 'PROPOSED', null, null from bulk_ideas;
insert into par_idea_event (idea_id, at, kind, text, actor)
select b.id, coalesce(b.decided_at, b.created_at + interval '1 hour'), b.status,
       case b.status when 'ACCEPTED' then i.accepted_title when 'DECLINED' then i.decline_reason
                     else i.hidden_reason end,
       'coordinator'
from bulk_ideas b join par_idea i on i.id = b.id where b.status <> 'PUBLISHED';

insert into par_idea_support (idea_id, participant_key, created_at)
select b.id, 'bulk-supporter-' || s, now() - make_interval(secs => s)
from generate_series(1, :supports) s
join bulk_ideas b on b.rn = 1 + floor((select count(*) from bulk_ideas)
                                      * power((s * 0.6180339887) - floor(s * 0.6180339887), 2))::bigint;

commit;
analyze par_idea;
analyze par_idea_event;
analyze par_idea_support;
