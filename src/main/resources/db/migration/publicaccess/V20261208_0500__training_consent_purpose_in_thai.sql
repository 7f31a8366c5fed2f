-- Trainees' consents were stored with an English purpose the registration form never showed (it shows the Thai
-- text); their copy of their data showed that English line. Store the form's own words instead.
update pac_consent
set purpose = 'จัดการอบรม บันทึกการเข้าอบรม ประเมินผลการเรียนรู้ ออกวุฒิบัตร และจัดทำรายงานการอบรมของจังหวัด'
where holder = 'training-trainee'
  and purpose = 'Smart City capacity building: attendance, tests, certificate and training report';
