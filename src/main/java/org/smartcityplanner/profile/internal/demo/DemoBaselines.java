package org.smartcityplanner.profile.internal.demo;

import java.math.BigDecimal;
import java.util.List;

import org.smartcityplanner.profile.BaselineDraft;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * Indicator baselines of the demo province and its two target areas: plausible, rounded, invented figures (the
 * note says so) with the kind of source a province would cite.
 */
final class DemoBaselines {

	static final String NOTE = "ตัวเลขสมมติเพื่อการสาธิต";
	private static final String PCD = "กรมควบคุมมลพิษ สถานีตรวจวัดคุณภาพอากาศ ต.ในเมือง";
	private static final String NESDC = "สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ (ผลิตภัณฑ์มวลรวมจังหวัด)";

	private DemoBaselines() {
	}

	static void seed(ProfileUseCases profile, ProvinceCode province, long oldTownId, long logisticsId) {
		drafts(oldTownId, logisticsId).forEach(draft -> profile.addBaseline(province, draft));
	}

	static List<BaselineDraft> drafts(long oldTown, long logistics) {
		return List.of(
				province("IND-ENV-01", 2564, "31.2", PCD),
				province("IND-ENV-01", 2565, "29.8", PCD),
				province("IND-ENV-01", 2566, "28.4", PCD),
				province("IND-ENV-11", 2566, "41", PCD),
				province("IND-ENV-05", 2566, "24.5", "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดพิษณุโลก"),
				province("IND-ECO-11", 2565, "139500", NESDC),
				province("IND-ECO-11", 2566, "143200", NESDC),
				province("IND-ECO-09", 2566, "9850000000", "สำนักงานการท่องเที่ยวและกีฬาจังหวัดพิษณุโลก"),
				province("IND-ECO-10", 2566, "6.8", "สำนักงานเกษตรจังหวัดพิษณุโลก"),
				province("IND-MOB-11", 2566, "3120", "ศูนย์ปฏิบัติการความปลอดภัยทางถนนจังหวัด"),
				province("IND-LIV-01", 2565, "76.9", "สำนักงานสาธารณสุขจังหวัดพิษณุโลก"),
				province("IND-PEO-05", 2566, "82.5", "สำนักงาน กสทช. ภาค 2"),
				province("IND-GOV-11", 2567, "38", "ศูนย์ข้อมูลจังหวัดพิษณุโลก"),
				area("IND-LIV-09", oldTown, 2566, "35", "เทศบาลนครพิษณุโลก กองป้องกันและบรรเทาสาธารณภัย"),
				area("IND-ENE-12", oldTown, 2566, "1.8", "การไฟฟ้าส่วนภูมิภาค จังหวัดพิษณุโลก"),
				area("IND-MOB-10", logistics, 2566, "1.42", "สำนักงานขนส่งจังหวัดพิษณุโลก (สำรวจเวลาเดินทาง)"),
				area("IND-ENE-02", logistics, 2566, "12.5", "สำนักงานพลังงานจังหวัดพิษณุโลก"));
	}

	private static BaselineDraft province(String code, int year, String value, String source) {
		return area(code, null, year, value, source);
	}

	private static BaselineDraft area(String code, Long areaId, int year, String value, String source) {
		return new BaselineDraft(code, areaId, year, new BigDecimal(value), source, NOTE);
	}
}
