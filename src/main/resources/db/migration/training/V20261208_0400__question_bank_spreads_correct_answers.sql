-- The starter question bank had the correct answer first in 10 of its 12 questions, so a trainee who always
-- ticked the first option passed. The correct option moves so that each position (1st to 4th) is right in three
-- questions; the other options keep their order. Tests already submitted stored each answer as the index of the
-- chosen option, so those indices move with their options and every stored answer still names the same choice.
-- (Trainees now also see the options in an order of their own; the stored index is always the bank's.)
update trn_question set options_th = 'การเดินทางด้วยการเดินเท้าเพิ่มขึ้น
พื้นที่เกษตรได้รับการอนุรักษ์มากขึ้น
ระยะเดินทางเฉลี่ยสั้นลง
ต้นทุนโครงสร้างพื้นฐานต่อหัวสูงขึ้น',
  options_en = 'More walking trips
More farmland conserved
Shorter average trips
Higher infrastructure cost per resident',
  correct_index = 3
where topic_code = 'SMART_GROWTH' and position = 2;
update trn_test_attempt set answers = substring(replace(replace(replace(replace(replace(',' || answers || ',',
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'SMART_GROWTH' and position = 2) || '=1,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'SMART_GROWTH' and position = 2) || '=#0,'),
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'SMART_GROWTH' and position = 2) || '=2,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'SMART_GROWTH' and position = 2) || '=#1,'),
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'SMART_GROWTH' and position = 2) || '=3,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'SMART_GROWTH' and position = 2) || '=#2,'),
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'SMART_GROWTH' and position = 2) || '=0,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'SMART_GROWTH' and position = 2) || '=#3,'), '=#', '=') from 2 for char_length(answers));
update trn_question set options_th = 'แทนที่ระบบงานของทุกหน่วยงาน
เก็บเฉพาะภาพจากกล้องวงจรปิด
ใช้ประชาสัมพันธ์โครงการเท่านั้น
รวบรวม เชื่อมโยง และเปิดข้อมูลของเมืองให้ใช้ร่วมกัน',
  options_en = 'Replacing every agency''s own systems
Storing CCTV images only
Publicising projects only
Collecting, linking and sharing the city''s data',
  correct_index = 3
where topic_code = 'THEORY' and position = 2;
update trn_test_attempt set answers = substring(replace(replace(replace(replace(replace(',' || answers || ',',
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'THEORY' and position = 2) || '=1,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'THEORY' and position = 2) || '=#0,'),
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'THEORY' and position = 2) || '=2,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'THEORY' and position = 2) || '=#1,'),
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'THEORY' and position = 2) || '=3,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'THEORY' and position = 2) || '=#2,'),
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'THEORY' and position = 2) || '=0,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'THEORY' and position = 2) || '=#3,'), '=#', '=') from 2 for char_length(answers));
update trn_question set options_th = 'มีผู้ใช้งานมากเกินไป
ใช้ข้อมูลเปิดมากเกินไป
ติดตั้งอุปกรณ์โดยไม่มีแผนบำรุงรักษาและเจ้าของข้อมูล
ประชาชนมีส่วนร่วมมากเกินไป',
  options_en = 'Too many users
Too much open data
Installing devices without a maintenance plan or data owner
Too much public participation',
  correct_index = 2
where topic_code = 'CASE_STUDIES' and position = 1;
update trn_test_attempt set answers = substring(replace(replace(replace(replace(',' || answers || ',',
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'CASE_STUDIES' and position = 1) || '=1,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'CASE_STUDIES' and position = 1) || '=#0,'),
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'CASE_STUDIES' and position = 1) || '=2,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'CASE_STUDIES' and position = 1) || '=#1,'),
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'CASE_STUDIES' and position = 1) || '=0,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'CASE_STUDIES' and position = 1) || '=#2,'), '=#', '=') from 2 for char_length(answers));
update trn_question set options_th = 'ยี่ห้ออุปกรณ์ที่ใช้
บริบท ผู้มีส่วนได้ส่วนเสีย และเหตุผลที่ได้ผลหรือไม่ได้ผล
จำนวนข่าวที่เผยแพร่
ชื่อบริษัทที่ปรึกษา',
  options_en = 'The brand of devices used
The context, the stakeholders and why it worked or not
The number of news stories
The consultancy''s name',
  correct_index = 1
where topic_code = 'CASE_STUDIES' and position = 2;
update trn_test_attempt set answers = substring(replace(replace(replace(',' || answers || ',',
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'CASE_STUDIES' and position = 2) || '=1,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'CASE_STUDIES' and position = 2) || '=#0,'),
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'CASE_STUDIES' and position = 2) || '=0,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'CASE_STUDIES' and position = 2) || '=#1,'), '=#', '=') from 2 for char_length(answers));
update trn_question set options_th = 'ตำแหน่งของเมืองที่มีชื่อเสียงในต่างประเทศ
ความชอบของผู้บริหารแต่ละคน
จำนวนเสาสัญญาณที่มีอยู่
จุดแข็งและโอกาสของพื้นที่จากการวิเคราะห์ SWOT',
  options_en = 'The positioning of famous foreign cities
Each executive''s preference
The number of existing antennas
The area''s strengths and opportunities from a SWOT analysis',
  correct_index = 3
where topic_code = 'AREA_STRATEGY' and position = 1;
update trn_test_attempt set answers = substring(replace(replace(replace(replace(replace(',' || answers || ',',
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'AREA_STRATEGY' and position = 1) || '=1,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'AREA_STRATEGY' and position = 1) || '=#0,'),
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'AREA_STRATEGY' and position = 1) || '=2,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'AREA_STRATEGY' and position = 1) || '=#1,'),
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'AREA_STRATEGY' and position = 1) || '=3,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'AREA_STRATEGY' and position = 1) || '=#2,'),
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'AREA_STRATEGY' and position = 1) || '=0,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'AREA_STRATEGY' and position = 1) || '=#3,'), '=#', '=') from 2 for char_length(answers));
update trn_question set options_th = 'จัดซื้ออุปกรณ์ให้ครบทุกอำเภอ
ประกาศผลสำเร็จล่วงหน้า
ทดลองนำร่องในพื้นที่เป้าหมายพร้อมตัวชี้วัด
ยกเลิกการสำรวจความคิดเห็น',
  options_en = 'Buying equipment for every district
Announcing success in advance
A pilot in a target area with indicators
Dropping the opinion survey',
  correct_index = 2
where topic_code = 'APPLY_TO_AREA' and position = 1;
update trn_test_attempt set answers = substring(replace(replace(replace(replace(',' || answers || ',',
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'APPLY_TO_AREA' and position = 1) || '=1,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'APPLY_TO_AREA' and position = 1) || '=#0,'),
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'APPLY_TO_AREA' and position = 1) || '=2,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'APPLY_TO_AREA' and position = 1) || '=#1,'),
    ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'APPLY_TO_AREA' and position = 1) || '=0,', ',' || (select cast(id as varchar(20)) from trn_question where topic_code = 'APPLY_TO_AREA' and position = 1) || '=#2,'), '=#', '=') from 2 for char_length(answers));
