package org.smartcityplanner.participation.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.smartcityplanner.participation.AttendeeDraft;
import org.smartcityplanner.participation.Sector;

/** Fictional people of the demo province: invented names, real kinds of organisation in each of the six sectors. */
final class DemoPeople {

	private static final String[] FIRST_NAMES = { "กมลชนก", "ชาญวิทย์", "ณัฐธิดา", "ทวีศักดิ์", "นันทวัน", "ประภาพร",
			"พีระพงษ์", "รัตนาภรณ์", "วรวุฒิ", "ศิริลักษณ์", "สมเกียรติ", "อรทัย", "เอกชัย", "จิราพร", "ธนากร", "บุษบา",
			"ภูริทัต", "มยุรี", "ยงยุทธ", "ลำดวน" };
	private static final String[] SURNAMES = { "ศรีนาคา", "ทองประเสริฐ", "จันทร์แสง", "บุญประคอง", "แสงอรุณ",
			"พิทักษ์ธรรม", "ใจดีงาม", "รักษ์น่าน", "สองแควกุล", "วิเศษสุวรรณ", "คงมั่น", "ปัญญาดี" };
	private static final String[][] ORGANISATIONS = {
			{ "CENTRAL_AGENCY", "สำนักงานสถิติจังหวัดพิษณุโลก", "นักวิชาการสถิติชำนาญการ" },
			{ "CENTRAL_AGENCY", "ตำรวจภูธรจังหวัดพิษณุโลก", "รองผู้กำกับการ" },
			{ "PROVINCIAL_ADMINISTRATION", "สำนักงานจังหวัดพิษณุโลก", "หัวหน้ากลุ่มงานยุทธศาสตร์" },
			{ "PROVINCIAL_ADMINISTRATION", "สำนักงานพาณิชย์จังหวัดพิษณุโลก", "พาณิชย์จังหวัด" },
			{ "LOCAL_GOVERNMENT", "เทศบาลนครพิษณุโลก", "ผู้อำนวยการกองช่าง" },
			{ "LOCAL_GOVERNMENT", "องค์การบริหารส่วนจังหวัดพิษณุโลก", "ผู้อำนวยการกองแผนและงบประมาณ" },
			{ "PRIVATE", "หอการค้าจังหวัดพิษณุโลก", "รองประธาน" },
			{ "PRIVATE", "สภาอุตสาหกรรมจังหวัดพิษณุโลก", "กรรมการ" },
			{ "CIVIL_SOCIETY", "เครือข่ายชุมชนริมน่าน", "ผู้ประสานงาน" },
			{ "CIVIL_SOCIETY", "มูลนิธิพัฒนาเมืองสองแคว", "ผู้จัดการโครงการ" },
			{ "ACADEMIA", "มหาวิทยาลัยนเรศวร", "ผู้ช่วยศาสตราจารย์" },
			{ "ACADEMIA", "มหาวิทยาลัยราชภัฏพิบูลสงคราม", "อาจารย์" } };
	private static final String[] TITLES = { "นาย", "นาง", "นางสาว" };

	private DemoPeople() {
	}

	/** The working group: fifteen people, every sector, the same on every start. */
	static List<AttendeeDraft> workingGroup() {
		return people(new Random(65), 15);
	}

	static List<AttendeeDraft> people(Random random, int count) {
		List<AttendeeDraft> people = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String[] org = ORGANISATIONS[(i + random.nextInt(3)) % ORGANISATIONS.length];
			String name = TITLES[random.nextInt(TITLES.length)] + FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
					+ SURNAMES[random.nextInt(SURNAMES.length)];
			people.add(new AttendeeDraft(name, org[1], org[2], Sector.valueOf(org[0]), null));
		}
		return people;
	}
}
