package org.smartcityplanner.participation.internal.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.participation.GroupMember;
import org.smartcityplanner.participation.GroupRole;
import org.smartcityplanner.participation.MemberDraft;
import org.smartcityplanner.participation.OrderDraft;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.SettingsDraft;
import org.smartcityplanner.participation.WorkingGroupApi;
import org.smartcityplanner.participation.domain.group.SettingsRules;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo province's working group: 25 fictional members from all six sectors — academia one short of its target
 * — appointed by a first order, then a revision after one member left, two joined and a vice-chair was named.
 * Written through {@link WorkingGroupApi}, so the demo obeys the same rules as a user.
 */
@Component
@Profile("!prod")
class GroupDemoSeed implements DemoSeed {

	// name, position, organisation, sector, role; all fictional
	private static final String[][] FIRST = {
			{ "นายประเสริฐ วงศ์ธนากร", "รองผู้ว่าราชการจังหวัด", "ศาลากลางจังหวัด", "PROVINCIAL_ADMINISTRATION", "CHAIR" },
			{ "นางวิไลวรรณ ศรีสุข", "ปลัดจังหวัด", "ที่ทำการปกครองจังหวัด", "PROVINCIAL_ADMINISTRATION", "MEMBER" },
			{ "นายกิตติพงษ์ แก้วมณี", "พาณิชย์จังหวัด", "สำนักงานพาณิชย์จังหวัด", "PROVINCIAL_ADMINISTRATION", "MEMBER" },
			{ "นางสาวพรทิพย์ บุญมา", "ท้องถิ่นจังหวัด", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด", "PROVINCIAL_ADMINISTRATION", "MEMBER" },
			{ "นายธีรวัฒน์ สุขประเสริฐ", "ผู้อำนวยการ", "สำนักงานสถิติจังหวัด", "CENTRAL_AGENCY", "MEMBER" },
			{ "นางจันทร์เพ็ญ ทองดี", "ผู้อำนวยการ", "สำนักงานดิจิทัลเพื่อเศรษฐกิจและสังคมจังหวัด", "CENTRAL_AGENCY", "MEMBER" },
			{ "นายสุรชัย มั่นคง", "ผู้อำนวยการแขวงทางหลวง", "กรมทางหลวง", "CENTRAL_AGENCY", "MEMBER" },
			{ "นายอนุชา ใจงาม", "ผู้จัดการ", "การไฟฟ้าส่วนภูมิภาคจังหวัด", "CENTRAL_AGENCY", "MEMBER" },
			{ "นายวรวุฒิ เจริญผล", "นายกองค์การบริหารส่วนจังหวัด", "องค์การบริหารส่วนจังหวัด", "LOCAL_GOVERNMENT", "MEMBER" },
			{ "นางรัชนี พึ่งบุญ", "นายกเทศมนตรีนคร", "เทศบาลนคร", "LOCAL_GOVERNMENT", "MEMBER" },
			{ "นายสมพงษ์ ดวงแก้ว", "นายกเทศมนตรีเมือง", "เทศบาลเมืองอรัญญิก", "LOCAL_GOVERNMENT", "MEMBER" },
			{ "นายชาญวิทย์ สายทอง", "นายกเทศมนตรีตำบล", "เทศบาลตำบลบ้านกร่าง", "LOCAL_GOVERNMENT", "MEMBER" },
			{ "นางสาวอรุณี รุ่งเรือง", "ประธาน", "หอการค้าจังหวัด", "PRIVATE", "MEMBER" },
			{ "นายเกียรติศักดิ์ พูลสวัสดิ์", "ประธาน", "สภาอุตสาหกรรมจังหวัด", "PRIVATE", "MEMBER" },
			{ "นายพงศกร ศรีวิชัย", "นายกสมาคม", "สมาคมท่องเที่ยวจังหวัด", "PRIVATE", "MEMBER" },
			{ "นางนวลจันทร์ เพชรรัตน์", "กรรมการผู้จัดการ", "บริษัท ดิจิทัลเมืองสองแคว จำกัด", "PRIVATE", "MEMBER" },
			{ "นายบุญส่ง ชัยมงคล", "ประธาน", "มูลนิธิพัฒนาชุมชนริมน่าน", "CIVIL_SOCIETY", "MEMBER" },
			{ "นางสาวกัลยา อินทร์แก้ว", "ผู้ประสานงาน", "เครือข่ายผู้สูงอายุจังหวัด", "CIVIL_SOCIETY", "MEMBER" },
			{ "นายณัฐพล ทรัพย์มาก", "ประธาน", "สภาองค์กรชุมชนตำบลวัดจันทร์", "CIVIL_SOCIETY", "MEMBER" },
			{ "นางอำไพ แสงจันทร์", "ประธาน", "กลุ่มรักษ์แม่น้ำน่าน", "CIVIL_SOCIETY", "MEMBER" },
			{ "รองศาสตราจารย์ ดร.ปิยะ นาคสวัสดิ์", "คณบดีคณะวิศวกรรมศาสตร์", "มหาวิทยาลัยในจังหวัด", "ACADEMIA", "MEMBER" },
			{ "ดร.สุนิสา ธรรมวงศ์", "อาจารย์", "มหาวิทยาลัยราชภัฏในจังหวัด", "ACADEMIA", "MEMBER" },
			{ "นายเอกชัย ภูมิใจ", "หัวหน้ากลุ่มงานยุทธศาสตร์", "สำนักงานจังหวัด", "PROVINCIAL_ADMINISTRATION", "SECRETARY" },
			{ "นางสาวศิริพร คำแสน", "นักวิเคราะห์นโยบายและแผน", "สำนักงานจังหวัด", "PROVINCIAL_ADMINISTRATION", "ASSISTANT_SECRETARY" } };

	private static final String[][] JOINED_LATER = {
			{ "นายวีระพล ศักดิ์ดี", "ประธาน", "ชมรมธุรกิจรุ่นใหม่จังหวัด", "PRIVATE", "MEMBER" },
			{ "นางสาวเบญจมาศ ปัญญาดี", "เลขาธิการ", "สภาเด็กและเยาวชนจังหวัด", "CIVIL_SOCIETY", "MEMBER" } };

	private final WorkingGroupApi group;

	GroupDemoSeed(WorkingGroupApi group) {
		this.group = group;
	}

	@Override
	public int order() {
		return TRAINING + 100;
	}

	@Override
	public boolean isSeeded(ProvinceCode province) {
		return !group.orders(province).isEmpty() || !group.currentMembers(province).isEmpty();
	}

	@Override
	public void seed(ProvinceCode province) {
		Map<Sector, String> targets = new EnumMap<>(Sector.class);
		for (Sector sector : Sector.values()) {
			targets.put(sector, "4");
		}
		targets.put(Sector.PROVINCIAL_ADMINISTRATION, "5");
		targets.put(Sector.CENTRAL_AGENCY, "3");
		targets.put(Sector.ACADEMIA, "3");
		var settings = group.settings(province);
		group.saveSettings(province, new SettingsDraft(settings.groupName(), settings.issuer(),
				SettingsRules.DEFAULT_DUTIES, targets), settings.version());
		for (String[] m : FIRST) {
			add(province, m);
		}
		group.issueOrder(province, new OrderDraft("1287/2569", "2026-03-16", "นายสมเกียรติ วัฒนาวงศ์",
				"ผู้ว่าราชการจังหวัดพิษณุโลก"));
		List<GroupMember> members = group.currentMembers(province);
		GroupMember leaving = members.stream().filter(m -> m.fullName().startsWith("นายอนุชา")).findFirst().orElseThrow();
		group.memberLeaves(province, leaving.id(), leaving.version());
		GroupMember vice = members.stream().filter(m -> m.fullName().startsWith("นายวรวุฒิ")).findFirst().orElseThrow();
		group.updateMember(province, vice.id(), new MemberDraft(vice.fullName(), vice.position(), vice.organisation(),
				vice.sector().name(), GroupRole.VICE_CHAIR.name()), vice.version());
		for (String[] m : JOINED_LATER) {
			add(province, m);
		}
		group.issueOrder(province, new OrderDraft("2954/2569", "2026-10-05", "นายสมเกียรติ วัฒนาวงศ์",
				"ผู้ว่าราชการจังหวัดพิษณุโลก"));
	}

	private void add(ProvinceCode province, String[] m) {
		group.addMember(province, new MemberDraft(m[0], m[1], m[2], m[3], m[4]));
	}
}
