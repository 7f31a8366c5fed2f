-- The default Smart City curriculum (version 1) with the six topics the programme requires, and a starter
-- question bank of two questions per topic. Admins revise topics in the app (each edit is a new version).
insert into trn_curriculum (version_no, note, created_at, created_by) values (1, 'หลักสูตรเริ่มต้น: หัวข้อบังคับ 6 หัวข้อ', timestamp with time zone '2026-11-25 18:00:00+00', 'system');
insert into trn_topic (curriculum_id, position, code, title_th, title_en, objectives_th, objectives_en, duration_minutes, materials) values ((select id from trn_curriculum where version_no = 1), 1, 'MINDSET', 'การปรับเปลี่ยนกรอบความคิด (Mindset) สู่เมืองอัจฉริยะ', 'Changing mindset towards a smart city', 'อธิบายได้ว่าเมืองอัจฉริยะเริ่มจากปัญหาของคนในเมือง ไม่ใช่จากเทคโนโลยี
ระบุกรอบความคิดเดิมที่เป็นอุปสรรคต่อการทำงานร่วมกันข้ามหน่วยงาน
วางบทบาทของตนเองในฐานะเจ้าของแผนเมืองอัจฉริยะของจังหวัด', 'Explain that a smart city starts from residents'' problems, not from technology
Name old habits of mind that block cross-agency work
See their own role as an owner of the province''s smart city plan', 180, 'สไลด์บรรยายหัวข้อที่ 1 | /training/curriculum#MINDSET');
insert into trn_topic (curriculum_id, position, code, title_th, title_en, objectives_th, objectives_en, duration_minutes, materials) values ((select id from trn_curriculum where version_no = 1), 2, 'SMART_GROWTH', 'การเติบโตอย่างชาญฉลาด (Smart Growth)', 'Smart growth', 'อธิบายหลักการเติบโตอย่างชาญฉลาด เช่น เมืองกระชับ การใช้ประโยชน์ที่ดินแบบผสม และการพัฒนารอบสถานีขนส่ง
เชื่อมโยงผังเมืองรวมกับการลงทุนด้านบริการอัจฉริยะ
ประเมินผลกระทบของการขยายตัวของเมืองแบบกระจัดกระจาย', 'Explain smart growth principles such as compact city, mixed land use and transit-oriented development
Link the comprehensive land-use plan with investment in smart services
Assess the effects of urban sprawl', 180, 'สไลด์บรรยายหัวข้อที่ 2 | /training/curriculum#SMART_GROWTH');
insert into trn_topic (curriculum_id, position, code, title_th, title_en, objectives_th, objectives_en, duration_minutes, materials) values ((select id from trn_curriculum where version_no = 1), 3, 'THEORY', 'ทฤษฎีและหลักการเมืองอัจฉริยะ', 'Theory and principles of smart cities', 'อธิบายองค์ประกอบเมืองอัจฉริยะ 7 ด้านของประเทศไทย
อธิบายบทบาทของแพลตฟอร์มข้อมูลเมือง (City Data Platform)
เลือกตัวชี้วัดเมืองที่วัดผลได้ตามมาตรฐานสากล', 'Explain Thailand''s seven smart city dimensions
Explain the role of the City Data Platform
Choose measurable city indicators following international standards', 240, 'สไลด์บรรยายหัวข้อที่ 3 | /training/curriculum#THEORY
ข้อมูลอ้างอิงมิติเมืองอัจฉริยะ | /reference');
insert into trn_topic (curriculum_id, position, code, title_th, title_en, objectives_th, objectives_en, duration_minutes, materials) values ((select id from trn_curriculum where version_no = 1), 4, 'CASE_STUDIES', 'กรณีศึกษาความสำเร็จและความล้มเหลว', 'Success and failure case studies', 'วิเคราะห์กรณีศึกษาเมืองอัจฉริยะทั้งในและต่างประเทศ
แยกปัจจัยความสำเร็จออกจากปัจจัยความล้มเหลว
สรุปบทเรียนที่นำไปใช้กับบริบทไทยได้', 'Analyse smart city cases in Thailand and abroad
Separate success factors from causes of failure
Draw lessons that apply to the Thai context', 240, 'คลังกรณีศึกษา | /training/cases');
insert into trn_topic (curriculum_id, position, code, title_th, title_en, objectives_th, objectives_en, duration_minutes, materials) values ((select id from trn_curriculum where version_no = 1), 5, 'AREA_STRATEGY', 'ยุทธศาสตร์การพัฒนาเชิงพื้นที่', 'Area-based development strategy', 'เลือกพื้นที่เป้าหมายและวางตำแหน่งการพัฒนา (Positioning)
วิเคราะห์ SWOT ของพื้นที่และกำหนดมิติเมืองอัจฉริยะนำ
เชื่อมยุทธศาสตร์พื้นที่กับแผนพัฒนาจังหวัดและงบประมาณ', 'Choose target areas and set their development positioning
Analyse an area''s SWOT and choose its lead smart dimensions
Link the area strategy with the provincial development plan and budget', 240, 'สไลด์บรรยายหัวข้อที่ 5 | /training/curriculum#AREA_STRATEGY');
insert into trn_topic (curriculum_id, position, code, title_th, title_en, objectives_th, objectives_en, duration_minutes, materials) values ((select id from trn_curriculum where version_no = 1), 6, 'APPLY_TO_AREA', 'การประยุกต์ใช้กรณีศึกษากับพื้นที่ของจังหวัด', 'Applying case studies to the province''s own areas', 'ปรับบทเรียนจากกรณีศึกษาให้เข้ากับพื้นที่เป้าหมายของจังหวัด
ร่างโครงการนำร่องพร้อมตัวชี้วัดและค่าเป้าหมาย
นำเสนอโครงการต่อคณะทำงานและรับข้อเสนอแนะ', 'Adapt lessons from the cases to the province''s target areas
Draft a pilot project with indicators and targets
Present the project to the working group and take feedback', 300, 'แบบฟอร์มร่างโครงการนำร่อง | /training/curriculum#APPLY_TO_AREA
คลังกรณีศึกษา | /training/cases');
insert into trn_question (topic_code, position, text_th, text_en, options_th, options_en, correct_index) values ('MINDSET', 1, 'จุดเริ่มต้นที่เหมาะสมของโครงการเมืองอัจฉริยะคือข้อใด', 'What is the right starting point of a smart city project?', 'ปัญหาและความต้องการของประชาชนในพื้นที่
เทคโนโลยีใหม่ล่าสุดที่มีในตลาด
งบประมาณที่เหลือจากปีก่อน
ข้อเสนอของบริษัทผู้ขายอุปกรณ์', 'The problems and needs of the area''s residents
The newest technology on the market
Budget left over from last year
A vendor''s equipment offer', 0);
insert into trn_question (topic_code, position, text_th, text_en, options_th, options_en, correct_index) values ('MINDSET', 2, 'ข้อใดเป็นกรอบความคิดที่ช่วยให้แผนเมืองอัจฉริยะสำเร็จ', 'Which mindset helps a smart city plan succeed?', 'แต่ละหน่วยงานเก็บข้อมูลของตนไว้ใช้เอง
ทำงานร่วมกันข้ามหน่วยงานและเปิดให้ประชาชนมีส่วนร่วม
รอให้ส่วนกลางสั่งการก่อนจึงเริ่มทำ
ลงทุนครั้งเดียวให้ครบทุกด้าน', 'Each agency keeps its data to itself
Working across agencies and letting residents take part
Waiting for orders from the centre before starting
Investing in every dimension at once', 1);
insert into trn_question (topic_code, position, text_th, text_en, options_th, options_en, correct_index) values ('SMART_GROWTH', 1, 'การพัฒนาพื้นที่รอบสถานีขนส่งสาธารณะ (TOD) มุ่งหวังผลใดเป็นหลัก', 'What is the main aim of transit-oriented development (TOD)?', 'เพิ่มที่จอดรถยนต์ส่วนบุคคล
ให้คนเดินถึงบริการและการเดินทางสาธารณะได้สะดวก
ย้ายที่อยู่อาศัยออกไปชานเมือง
ลดจำนวนสถานีขนส่ง', 'More private car parking
Residents walking easily to services and public transport
Moving housing out to the suburbs
Fewer transit stations', 1);
insert into trn_question (topic_code, position, text_th, text_en, options_th, options_en, correct_index) values ('SMART_GROWTH', 2, 'ข้อใดเป็นผลเสียของการขยายตัวของเมืองแบบกระจัดกระจาย', 'Which is a cost of urban sprawl?', 'ต้นทุนโครงสร้างพื้นฐานต่อหัวสูงขึ้น
การเดินทางด้วยการเดินเท้าเพิ่มขึ้น
พื้นที่เกษตรได้รับการอนุรักษ์มากขึ้น
ระยะเดินทางเฉลี่ยสั้นลง', 'Higher infrastructure cost per resident
More walking trips
More farmland conserved
Shorter average trips', 0);
insert into trn_question (topic_code, position, text_th, text_en, options_th, options_en, correct_index) values ('THEORY', 1, 'เมืองอัจฉริยะของประเทศไทยแบ่งการพัฒนาออกเป็นกี่ด้าน', 'Into how many dimensions does Thailand divide smart city development?', '5 ด้าน
6 ด้าน
7 ด้าน
10 ด้าน', '5
6
7
10', 2);
insert into trn_question (topic_code, position, text_th, text_en, options_th, options_en, correct_index) values ('THEORY', 2, 'แพลตฟอร์มข้อมูลเมือง (City Data Platform) มีหน้าที่หลักอย่างไร', 'What is the main job of a City Data Platform?', 'รวบรวม เชื่อมโยง และเปิดข้อมูลของเมืองให้ใช้ร่วมกัน
แทนที่ระบบงานของทุกหน่วยงาน
เก็บเฉพาะภาพจากกล้องวงจรปิด
ใช้ประชาสัมพันธ์โครงการเท่านั้น', 'Collecting, linking and sharing the city''s data
Replacing every agency''s own systems
Storing CCTV images only
Publicising projects only', 0);
insert into trn_question (topic_code, position, text_th, text_en, options_th, options_en, correct_index) values ('CASE_STUDIES', 1, 'บทเรียนที่พบบ่อยจากโครงการเมืองอัจฉริยะที่ล้มเหลวคือข้อใด', 'What is a common lesson from failed smart city projects?', 'ติดตั้งอุปกรณ์โดยไม่มีแผนบำรุงรักษาและเจ้าของข้อมูล
มีผู้ใช้งานมากเกินไป
ใช้ข้อมูลเปิดมากเกินไป
ประชาชนมีส่วนร่วมมากเกินไป', 'Installing devices without a maintenance plan or data owner
Too many users
Too much open data
Too much public participation', 0);
insert into trn_question (topic_code, position, text_th, text_en, options_th, options_en, correct_index) values ('CASE_STUDIES', 2, 'การวิเคราะห์กรณีศึกษาควรพิจารณาสิ่งใดควบคู่กับผลลัพธ์', 'What should a case analysis look at besides the outcome?', 'บริบท ผู้มีส่วนได้ส่วนเสีย และเหตุผลที่ได้ผลหรือไม่ได้ผล
ยี่ห้ออุปกรณ์ที่ใช้
จำนวนข่าวที่เผยแพร่
ชื่อบริษัทที่ปรึกษา', 'The context, the stakeholders and why it worked or not
The brand of devices used
The number of news stories
The consultancy''s name', 0);
insert into trn_question (topic_code, position, text_th, text_en, options_th, options_en, correct_index) values ('AREA_STRATEGY', 1, 'การกำหนดตำแหน่งการพัฒนา (Positioning) ของพื้นที่เป้าหมายควรอิงสิ่งใด', 'What should a target area''s positioning be based on?', 'จุดแข็งและโอกาสของพื้นที่จากการวิเคราะห์ SWOT
ตำแหน่งของเมืองที่มีชื่อเสียงในต่างประเทศ
ความชอบของผู้บริหารแต่ละคน
จำนวนเสาสัญญาณที่มีอยู่', 'The area''s strengths and opportunities from a SWOT analysis
The positioning of famous foreign cities
Each executive''s preference
The number of existing antennas', 0);
insert into trn_question (topic_code, position, text_th, text_en, options_th, options_en, correct_index) values ('AREA_STRATEGY', 2, 'ยุทธศาสตร์เชิงพื้นที่ที่ดีต้องเชื่อมโยงกับสิ่งใด', 'What must a good area strategy link to?', 'แผนพัฒนาจังหวัดและแหล่งงบประมาณ
แผนการตลาดของเอกชนรายเดียว
ปฏิทินวันหยุดราชการ
ผลการเลือกตั้งครั้งล่าสุด', 'The provincial development plan and budget sources
One company''s marketing plan
The public-holiday calendar
The last election result', 0);
insert into trn_question (topic_code, position, text_th, text_en, options_th, options_en, correct_index) values ('APPLY_TO_AREA', 1, 'ก่อนขยายผลโครงการไปทั้งจังหวัด ควรทำสิ่งใด', 'What should come before rolling a project out across the province?', 'ทดลองนำร่องในพื้นที่เป้าหมายพร้อมตัวชี้วัด
จัดซื้ออุปกรณ์ให้ครบทุกอำเภอ
ประกาศผลสำเร็จล่วงหน้า
ยกเลิกการสำรวจความคิดเห็น', 'A pilot in a target area with indicators
Buying equipment for every district
Announcing success in advance
Dropping the opinion survey', 0);
insert into trn_question (topic_code, position, text_th, text_en, options_th, options_en, correct_index) values ('APPLY_TO_AREA', 2, 'ตัวชี้วัดของโครงการนำร่องที่ดีควรมีลักษณะใด', 'What makes a good pilot-project indicator?', 'มีค่าฐาน ค่าเป้าหมาย และแหล่งข้อมูลที่ชัดเจน
วัดได้เฉพาะเมื่อจบโครงการ
ไม่ต้องมีหน่วยวัด
กำหนดโดยผู้ขายอุปกรณ์', 'A baseline, a target and a clear data source
Measurable only when the project ends
No unit of measure
Set by the equipment vendor', 0);
