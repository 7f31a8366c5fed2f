package org.smartcityplanner.participation.internal.demo;

import java.util.List;

import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.participation.StakeholderApi;
import org.smartcityplanner.participation.StakeholderDraft;
import org.smartcityplanner.participation.StakeholderRegistered;
import org.smartcityplanner.participation.internal.stakeholder.StakeholderIntake;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo province's stakeholder registry: 15 fictional people and organisations, all with consent, one of whom
 * later withdrew it (recorded by staff from a letter); the public sign-up open with two registrations waiting for
 * staff, and two people imported from a forum's sign-up sheet. Written through {@link StakeholderApi} and the intake.
 */
@Component
@Profile("!prod")
class StakeholderDemoSeed implements DemoSeed {

	// name, organisation, type, sector, interest, phone, email; all fictional (phones in the 0XX-555 range)
	private static final String[][] STAKEHOLDERS = {
			{ "นายทองใบ สีสุข", "ชุมชนตลาดใต้", "COMMUNITY_LEADER", "CIVIL_SOCIETY", "น้ำท่วมขังและทางเท้า", "0815550101", "" },
			{ "นางบัวผัน แก้วกล้า", "ชุมชนวัดคูหาสวรรค์", "COMMUNITY_LEADER", "CIVIL_SOCIETY", "ผู้สูงอายุและบริการสุขภาพ", "0815550102", "" },
			{ "นายเฉลิม ปานทอง", "หมู่ 4 ตำบลหัวรอ", "COMMUNITY_LEADER", "LOCAL_GOVERNMENT", "ขยะและน้ำเสีย", "0815550103", "" },
			{ "สมาคมผู้ค้าตลาดโต้รุ่ง", "ตลาดโต้รุ่งริมน่าน", "BUSINESS", "PRIVATE", "การท่องเที่ยวกลางคืนและที่จอดรถ", "0815550104", "market@example.org" },
			{ "บริษัท ขนส่งสองแคว จำกัด", "", "BUSINESS", "PRIVATE", "รถโดยสารสาธารณะอัจฉริยะ", "0815550105", "bus@example.org" },
			{ "นางสาวปวีณา จันทร์หอม", "ร้านกาแฟบ้านริมน้ำ", "BUSINESS", "PRIVATE", "พลังงานแสงอาทิตย์สำหรับร้านค้า", "", "paweena@example.org" },
			{ "มูลนิธิเพื่อนคนพิการภาคเหนือตอนล่าง", "", "NGO", "CIVIL_SOCIETY", "การเข้าถึงสำหรับคนพิการ", "0815550107", "access@example.org" },
			{ "กลุ่มจักรยานเมืองพิษณุโลก", "", "NGO", "CIVIL_SOCIETY", "ทางจักรยานและความปลอดภัย", "", "bike@example.org" },
			{ "เครือข่ายเยาวชนรักษ์เมือง", "", "NGO", "CIVIL_SOCIETY", "พื้นที่สาธารณะสำหรับเยาวชน", "0815550109", "" },
			{ "ผศ.ดร.กมลชนก วงศ์ไทย", "คณะสถาปัตยกรรมศาสตร์ มหาวิทยาลัยในจังหวัด", "ACADEMIC", "ACADEMIA", "ผังเมืองและพื้นที่สีเขียว", "", "kamonchanok@example.ac.th" },
			{ "ดร.ธนากร ศรีเมือง", "วิทยาลัยเทคนิคในจังหวัด", "ACADEMIC", "ACADEMIA", "กำลังคนดิจิทัล", "0815550111", "" },
			{ "นายสุเมธ กลิ่นหอม", "สถานีวิทยุชุมชนคนสองแคว", "MEDIA", "PRIVATE", "การสื่อสารแผนสู่ประชาชน", "0815550112", "" },
			{ "นางสาวรัตนา อยู่สุข", "", "CITIZEN", "CIVIL_SOCIETY", "ไฟส่องสว่างในซอย", "0815550113", "" },
			{ "นายอดิศร พรหมมา", "สำนักงานโยธาธิการและผังเมืองจังหวัด", "GOVERNMENT", "PROVINCIAL_ADMINISTRATION", "ผังเมืองรวม", "0815550114", "" },
			{ "นางมาลัย ทองคำ", "กลุ่มวิสาหกิจชุมชนผ้าทอ", "BUSINESS", "CIVIL_SOCIETY", "ตลาดออนไลน์สินค้าชุมชน", "0815550115", "" } };

	private final StakeholderApi registry;
	private final StakeholderIntake intake;

	StakeholderDemoSeed(StakeholderApi registry, StakeholderIntake intake) {
		this.registry = registry;
		this.intake = intake;
	}

	@Override
	public int order() {
		return TRAINING + 110;
	}

	@Override
	public boolean isSeeded(ProvinceCode province) {
		return !registry.stakeholders(province).isEmpty();
	}

	@Override
	public void seed(ProvinceCode province) {
		long withdrawing = 0;
		for (String[] s : STAKEHOLDERS) {
			StakeholderRegistered registered = registry.register(province,
					new StakeholderDraft(s[0], s[1], s[2], s[3], s[4], s[5], s[6], true, "24"));
			if (s[0].startsWith("นางสาวรัตนา")) {
				withdrawing = registered.stakeholder().id();
			}
		}
		registry.recordWithdrawal(province, withdrawing);
		intakes(province);
	}

	/** The public sign-up open with two registrations waiting, and a paper sign-up sheet from a community forum. */
	private void intakes(ProvinceCode province) {
		intake.openSignup(province);
		intake.signUp(province, new StakeholderDraft("ชมรมผู้สูงอายุบ้านคลอง", "", "NGO", "CIVIL_SOCIETY",
				"ทางลาดและที่นั่งพักริมทาง", "0815550121", "", true, "24"));
		intake.signUp(province, new StakeholderDraft("นายวิชัย ทดลองดี", "อาสาสมัครป้องกันภัยฝ่ายพลเรือน", "CITIZEN",
				"CIVIL_SOCIETY", "ระบบเตือนภัยน้ำท่วม", "", "wichai@example.org", true, "24"));
		intake.importSheet(province, List.of(
				List.of("name", "organisation", "type", "sector", "interest", "consent", "consent_date"),
				List.of("นางสาวจันทร์เพ็ญ ใจงาม", "ชุมชนบ้านแขก", "CITIZEN", "CIVIL_SOCIETY", "ไฟส่องสว่างริมน้ำ", "PAPER",
						"2026-11-20"),
				List.of("ร้านจักรยานสองแคว", "", "BUSINESS", "PRIVATE", "จุดจอดจักรยานสาธารณะ", "ONLINE", "")));
	}
}
