package org.smartcityplanner.participation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.AppointmentOrder;
import org.smartcityplanner.participation.GroupInputException;
import org.smartcityplanner.participation.MemberDraft;
import org.smartcityplanner.participation.OrderDraft;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.SettingsDraft;
import org.smartcityplanner.participation.StakeholderApi;
import org.smartcityplanner.participation.StakeholderDraft;
import org.smartcityplanner.participation.StakeholderRegistered;
import org.smartcityplanner.participation.WorkingGroupApi;
import org.smartcityplanner.participation.WorkingGroupFigures;
import org.smartcityplanner.publicaccess.Consent;
import org.smartcityplanner.publicaccess.PersonalDataConsents;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The working group's and the registry's SQL on H2 and PostgreSQL: grouped counts, order snapshots and their
 * unique keys, optimistic locking, consents read for a list in one query, and retention by date. Province TH-52
 * (Lampang) is used by no other participation test.
 */
@DatabaseTest
class ParticipationRepositoryTests {

	static final ProvinceCode LAMPANG = new ProvinceCode("TH-52");

	@Autowired
	WorkingGroupApi group;
	@Autowired
	StakeholderApi registry;
	@Autowired
	PersonalDataConsents consents;

	@Test
	void figuresOrdersAndLocksWorkOnThisDatabase() {
		var settings = group.settings(LAMPANG);
		group.saveSettings(LAMPANG, new SettingsDraft("คณะทำงานลำปาง", "จังหวัดลำปาง", "หน้าที่หนึ่ง\nหน้าที่สอง",
				Map.of(Sector.ACADEMIA, "2")), settings.version());
		assertThatThrownBy(() -> group.saveSettings(LAMPANG, new SettingsDraft("x", "y", "z", Map.of()),
				settings.version())).isInstanceOf(OptimisticLockingFailureException.class);
		group.addMember(LAMPANG, new MemberDraft("ก", "ตำแหน่ง", "หน่วย", "PROVINCIAL_ADMINISTRATION", "CHAIR"));
		group.addMember(LAMPANG, new MemberDraft("ข", "ตำแหน่ง", "หน่วย", "ACADEMIA", "MEMBER"));
		group.addMember(LAMPANG, new MemberDraft("ค", "ตำแหน่ง", "หน่วย", "PROVINCIAL_ADMINISTRATION", "SECRETARY"));

		WorkingGroupFigures figures = group.figures(LAMPANG);
		assertThat(figures.currentMembers()).isEqualTo(3);
		assertThat(figures.bySector()).containsEntry(Sector.PROVINCIAL_ADMINISTRATION, 2).containsEntry(Sector.ACADEMIA, 1);
		assertThat(figures.under()).containsExactly(Sector.ACADEMIA);
		assertThat(figures.missing()).hasSize(4);

		AppointmentOrder order = group.issueOrder(LAMPANG, new OrderDraft("5/2569", "2026-11-30", "ผู้ลงนาม", "ผู้ว่า"));
		assertThat(order.members()).extracting(m -> m.fullName()).containsExactly("ก", "ข", "ค");
		assertThat(order.dutyLines()).containsExactly("หน้าที่หนึ่ง", "หน้าที่สอง");
		assertThatThrownBy(() -> group.issueOrder(LAMPANG, new OrderDraft("5/2569", "2026-11-30", "ก", "ข")))
			.isInstanceOf(GroupInputException.class);
		assertThat(group.orders(LAMPANG)).hasSize(1);
	}

	@Test
	void consentsAreReadForAListAndExpireByDate() {
		StakeholderRegistered a = registry.register(LAMPANG, new StakeholderDraft("นาย ก", "", "CITIZEN",
				"CIVIL_SOCIETY", "", "0815550401", "", true, "1"));
		StakeholderRegistered b = registry.register(LAMPANG, new StakeholderDraft("นาย ข", "", "MEDIA", "PRIVATE", "",
				"", "b@example.org", true, "120"));
		Map<Long, Consent> found = consents.of("participation-stakeholder",
				List.of(a.stakeholder().id(), b.stakeholder().id(), -1L));
		assertThat(found).containsOnlyKeys(a.stakeholder().id(), b.stakeholder().id());
		assertThat(found.get(b.stakeholder().id()).retainedUntil())
			.isAfter(found.get(a.stakeholder().id()).retainedUntil().plusYears(9));
		assertThat(consents.byLink(a.linkSecret())).isPresent();
		assertThat(consents.byLink("not-a-link")).isEmpty();
		assertThat(registry.figures(LAMPANG)).containsEntry("type.CITIZEN", 1).containsEntry("type.MEDIA", 1);
	}
}
