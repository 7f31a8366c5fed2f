package org.smartcityplanner.identity.internal.demo;

import java.util.List;

import org.smartcityplanner.identity.Role;

/**
 * The fictional demo accounts. Names are invented; the password is published in the README and on the console,
 * which is why the prod profile refuses to start while any account still uses it.
 */
final class DemoAccounts {

	static final String PASSWORD = "demo-2569";

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("admin", "สุนีย์ ทองประเสริฐ", Role.ADMIN, false),
			new DemoAccount("consultant", "ธนากร ศรีวัฒนกุล", Role.CONSULTANT, false),
			new DemoAccount("consultant2", "พิมพ์ชนก อินทรสุวรรณ", Role.CONSULTANT, false),
			new DemoAccount("consultant3", "วรวุฒิ แก้วมณีรัตน์", Role.CONSULTANT, false),
			new DemoAccount("consultant4", "ณัฐธิดา บุญญาศิริ", Role.CONSULTANT, false),
			new DemoAccount("coordinator", "ประเสริฐ วงศ์ไพบูลย์", Role.COORDINATOR, true),
			new DemoAccount("member", "กมลวรรณ ศักดิ์ดีเลิศ", Role.WORKING_GROUP, true),
			new DemoAccount("trainee", "อนุชา พรหมสุวรรณ", Role.TRAINEE, true));

	/**
	 * The rest of the fictional consultant pool (21 with consultant..consultant4): created with the accounts above
	 * but not printed as sign-ins, the engagement module gives them their pool profiles.
	 */
	static final List<DemoAccount> POOL = List.of(
			new DemoAccount("consultant5", "กิตติพัฒน์ ชัยมงคลกุล", Role.CONSULTANT, false),
			new DemoAccount("consultant6", "ศศิประภา วิริยะธนากร", Role.CONSULTANT, false),
			new DemoAccount("consultant7", "ปกรณ์เกียรติ ธารทองสกุล", Role.CONSULTANT, false),
			new DemoAccount("consultant8", "อรวรรณ เลิศพิพัฒน์ชัย", Role.CONSULTANT, false),
			new DemoAccount("consultant9", "ชยพล สุขเกษมวงศ์", Role.CONSULTANT, false),
			new DemoAccount("consultant10", "นภัสสร ภูมิรัตนากร", Role.CONSULTANT, false),
			new DemoAccount("consultant11", "ธีรวัฒน์ คงศิริพันธ์", Role.CONSULTANT, false),
			new DemoAccount("consultant12", "วิภาวี จันทร์ประภากุล", Role.CONSULTANT, false),
			new DemoAccount("consultant13", "ภาณุวัฒน์ ศรีอุดมทรัพย์", Role.CONSULTANT, false),
			new DemoAccount("consultant14", "กัญญาณัฐ พิทักษ์ธรรมกุล", Role.CONSULTANT, false),
			new DemoAccount("consultant15", "สิทธิชัย เรืองวิทยากร", Role.CONSULTANT, false),
			new DemoAccount("consultant16", "พรรณราย ทิพย์สุวรรณกุล", Role.CONSULTANT, false),
			new DemoAccount("consultant17", "อภิสิทธิ์ มั่นคงไพศาล", Role.CONSULTANT, false),
			new DemoAccount("consultant18", "จิราพร รุ่งเรืองธนกิจ", Role.CONSULTANT, false),
			new DemoAccount("consultant19", "ณัฐวุฒิ แสงอรุณเลิศ", Role.CONSULTANT, false),
			new DemoAccount("consultant20", "สุดารัตน์ บุญประเสริฐกุล", Role.CONSULTANT, false),
			new DemoAccount("consultant21", "วรเมธ ศักดิ์สุวรรณชัย", Role.CONSULTANT, false));

	private DemoAccounts() {
	}

	/**
	 * One demo account.
	 *
	 * @param username sign-in name
	 * @param displayName fictional Thai name
	 * @param role its single role
	 * @param provinceMember whether it is an explicit member of the demo province (consultants reach it through
	 * the engagement instead, admins reach every province)
	 */
	record DemoAccount(String username, String displayName, Role role, boolean provinceMember) {
	}
}
