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
