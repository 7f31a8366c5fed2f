-- The default 180-day template of a Thai government smart-city consultancy: inception report at day 30, interim
-- report at day 90, draft final report at day 150, final report at day 180 (a due date past the engagement's last
-- day is brought back to its last working day). Phases overlap as they do in practice.
insert into eng_wp_template_item (kind, parent_id, position, title_th, title_en, start_offset, due_offset, owner_role, production, generated_kind, version) values
 ('PHASE', null, 1, 'ระยะเริ่มต้นโครงการ', 'Inception', 0, 30, 'TEAM_LEAD', 'UPLOADED', null, 0),
 ('PHASE', null, 2, 'การจัดทำข้อมูลพื้นฐานและวิเคราะห์สถานการณ์', 'Profile and diagnosis', 10, 75, 'TEAM_LEAD', 'UPLOADED', null, 0),
 ('PHASE', null, 3, 'คณะทำงานและการมีส่วนร่วม', 'Working group and participation', 20, 150, 'TEAM_LEAD', 'UPLOADED', null, 0),
 ('PHASE', null, 4, 'การฝึกอบรมเสริมสร้างศักยภาพ', 'Training', 45, 120, 'TEAM_LEAD', 'UPLOADED', null, 0),
 ('PHASE', null, 5, 'การยกร่างแผนแม่บท', 'Drafting the master plan', 60, 135, 'TEAM_LEAD', 'UPLOADED', null, 0),
 ('PHASE', null, 6, 'แผนปฏิบัติการ', 'Action plan', 100, 150, 'TEAM_LEAD', 'UPLOADED', null, 0),
 ('PHASE', null, 7, 'การตรวจสอบและรับรองแผน', 'Validation', 140, 170, 'TEAM_LEAD', 'UPLOADED', null, 0),
 ('PHASE', null, 8, 'รายงานฉบับสมบูรณ์', 'Final report', 160, 180, 'TEAM_LEAD', 'UPLOADED', null, 0);

insert into eng_wp_template_item (kind, parent_id, position, title_th, title_en, start_offset, due_offset, owner_role, production, generated_kind, version)
select x.kind, p.id, x.position, x.title_th, x.title_en, null, x.due_offset, x.owner_role, x.production, x.generated_kind, 0
from eng_wp_template_item p join (
 select 1 as phase, 1 as position, 'MILESTONE' as kind, 'ประชุมเริ่มต้นโครงการ (Kick-off) กับจังหวัด' as title_th, 'Kick-off meeting with the province' as title_en, 7 as due_offset, 'TEAM_LEAD' as owner_role, 'UPLOADED' as production, cast(null as varchar(40)) as generated_kind
 union all select 1, 2, 'DELIVERABLE', 'รายงานเบื้องต้น (Inception Report)', 'Inception report', 30, 'TEAM_LEAD', 'UPLOADED', null
 union all select 2, 1, 'DELIVERABLE', 'รายงานข้อมูลพื้นฐานและการวิเคราะห์สถานการณ์จังหวัด', 'Province profile and diagnosis report', 75, 'ANY_MEMBER', 'UPLOADED', null
 union all select 2, 2, 'MILESTONE', 'จังหวัดเห็นชอบพื้นที่เป้าหมาย', 'Target areas agreed with the province', 90, 'TEAM_LEAD', 'UPLOADED', null
 union all select 3, 1, 'DELIVERABLE', 'คำสั่งแต่งตั้งคณะทำงาน', 'Working-group appointment order', 30, 'ANY_MEMBER', 'GENERATED', 'WORKING_GROUP_ORDER'
 union all select 3, 2, 'MILESTONE', 'เวทีรับฟังความคิดเห็นครั้งที่ 1', 'First public hearing', 80, 'ANY_MEMBER', 'UPLOADED', null
 union all select 3, 3, 'MILESTONE', 'เวทีรับฟังความคิดเห็นครั้งที่ 2', 'Second public hearing', 140, 'ANY_MEMBER', 'UPLOADED', null
 union all select 4, 1, 'MILESTONE', 'การฝึกอบรมรุ่นที่ 1 แล้วเสร็จ', 'First training cohort completed', 110, 'ANY_MEMBER', 'UPLOADED', null
 union all select 4, 2, 'DELIVERABLE', 'รายงานผลการฝึกอบรม', 'Training report', 120, 'ANY_MEMBER', 'GENERATED', 'TRAINING_REPORT'
 union all select 5, 1, 'DELIVERABLE', 'รายงานความก้าวหน้า (Interim Report)', 'Interim report', 90, 'TEAM_LEAD', 'UPLOADED', null
 union all select 5, 2, 'DELIVERABLE', 'ร่างแผนแม่บทเมืองอัจฉริยะ (เล่มแผน)', 'Master-plan book (draft)', 135, 'TEAM_LEAD', 'GENERATED', 'MASTER_PLAN_BOOK'
 union all select 6, 1, 'DELIVERABLE', 'แผนปฏิบัติการรายปี (สมุดงาน)', 'Action-plan workbook', 150, 'ANY_MEMBER', 'GENERATED', 'ACTION_PLAN_WORKBOOK'
 union all select 7, 1, 'DELIVERABLE', 'ร่างรายงานฉบับสมบูรณ์ (Draft Final Report)', 'Draft final report', 150, 'TEAM_LEAD', 'UPLOADED', null
 union all select 7, 2, 'MILESTONE', 'คณะกรรมการจังหวัดให้ความเห็นชอบร่างแผน', 'Provincial committee endorses the draft plan', 165, 'TEAM_LEAD', 'UPLOADED', null
 union all select 8, 1, 'DELIVERABLE', 'รายงานฉบับสมบูรณ์ (Final Report)', 'Final report', 180, 'TEAM_LEAD', 'UPLOADED', null
 union all select 8, 2, 'MILESTONE', 'คณะกรรมการตรวจรับงานงวดสุดท้าย', 'Final acceptance by the inspection committee', 180, 'TEAM_LEAD', 'UPLOADED', null
) x on p.kind = 'PHASE' and p.position = x.phase;

-- Thai public holidays of 2026-2027 C.E. (2569-2570 B.E.) that fall on fixed dates. Holidays that follow the lunar
-- calendar (Makha Bucha, Visakha Bucha, Asanha Bucha, Buddhist Lent) and substitution days are announced each year
-- by the cabinet: the admin adds them on the holidays page once confirmed.
insert into eng_holiday (holiday_date, name_th, name_en) values
 ('2026-01-01', 'วันขึ้นปีใหม่', 'New Year''s Day'),
 ('2026-04-06', 'วันจักรี', 'Chakri Memorial Day'),
 ('2026-04-13', 'วันสงกรานต์', 'Songkran'),
 ('2026-04-14', 'วันสงกรานต์', 'Songkran'),
 ('2026-04-15', 'วันสงกรานต์', 'Songkran'),
 ('2026-05-04', 'วันฉัตรมงคล', 'Coronation Day'),
 ('2026-06-03', 'วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี', 'Queen Suthida''s Birthday'),
 ('2026-07-28', 'วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว', 'King Vajiralongkorn''s Birthday'),
 ('2026-08-12', 'วันแม่แห่งชาติ', 'Queen Mother''s Birthday / Mother''s Day'),
 ('2026-10-13', 'วันนวมินทรมหาราช', 'King Bhumibol Memorial Day'),
 ('2026-10-23', 'วันปิยมหาราช', 'Chulalongkorn Day'),
 ('2026-12-05', 'วันพ่อแห่งชาติ', 'King Bhumibol''s Birthday / Father''s Day'),
 ('2026-12-10', 'วันรัฐธรรมนูญ', 'Constitution Day'),
 ('2026-12-31', 'วันสิ้นปี', 'New Year''s Eve'),
 ('2027-01-01', 'วันขึ้นปีใหม่', 'New Year''s Day'),
 ('2027-04-06', 'วันจักรี', 'Chakri Memorial Day'),
 ('2027-04-13', 'วันสงกรานต์', 'Songkran'),
 ('2027-04-14', 'วันสงกรานต์', 'Songkran'),
 ('2027-04-15', 'วันสงกรานต์', 'Songkran'),
 ('2027-05-04', 'วันฉัตรมงคล', 'Coronation Day'),
 ('2027-06-03', 'วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี', 'Queen Suthida''s Birthday'),
 ('2027-07-28', 'วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว', 'King Vajiralongkorn''s Birthday'),
 ('2027-08-12', 'วันแม่แห่งชาติ', 'Queen Mother''s Birthday / Mother''s Day'),
 ('2027-10-13', 'วันนวมินทรมหาราช', 'King Bhumibol Memorial Day'),
 ('2027-10-23', 'วันปิยมหาราช', 'Chulalongkorn Day'),
 ('2027-12-05', 'วันพ่อแห่งชาติ', 'King Bhumibol''s Birthday / Father''s Day'),
 ('2027-12-10', 'วันรัฐธรรมนูญ', 'Constitution Day'),
 ('2027-12-31', 'วันสิ้นปี', 'New Year''s Eve');
