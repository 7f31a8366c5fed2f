META
key;value
description;Fictional participatory budget of a demo Thai municipality, 2569 (made by hand for tests)
country;Thailand
unit;เทศบาลเมืองตัวอย่าง
instance;2569
num_projects;6
num_votes;8
budget;3000000
currency;THB
vote_type;approval
rule;equal-shares
date_begin;01.06.2026
date_end;30.06.2026
language;th
PROJECTS
project_id;cost;votes;name;category
1;1200000;5;ไฟส่องสว่างถนนริมคลอง;public space
2;800000;4;"ศาลาพักผู้โดยสาร; ป้ายรถเมล์ อัจฉริยะ";transport
3;1500000;3;ระบบแจ้งเตือนน้ำท่วม;environment
4;300000;4;"ห้องสมุด ""เล็กแต่ใหญ่"" ในชุมชน";education
5;650000;2;จุดชาร์จจักรยานไฟฟ้า;transport
6;450000;0;สวนผักบนดาดฟ้าตลาด;environment
VOTES
voter_id;vote;age;sex
1;1,2,4;34;F
2;1,3;51;M
3;1,2;27;F
4;3,4,5;45;M
5;1,4;62;F
6;2,3;19;M
7;1,2,4,5;38;F
8;;70;M
