package org.smartcityplanner.engagement.internal.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.engagement.internal.EngagementUseCases;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.smartcityplanner.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The work plan as stored, on H2 and PostgreSQL: made from the seeded template, edited, reviewed, versioned. */
@DatabaseTest
class WorkPlanRepositoryTests {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-29");
	static final LocalDate SIGNED = LocalDate.of(2026, 10, 1);
	static final byte[] PDF = "%PDF-1.4\n%demo\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	WorkPlanUseCases workPlans;
	@Autowired
	EngagementUseCases engagements;
	@Autowired
	HolidayUseCases holidays;
	@Autowired
	IdentityUseCases identity;
	@Autowired
	JdbcClient jdbc;

	long lead;
	long member;
	long outsider;
	long engagementId;

	@BeforeEach
	void startAnEngagement() {
		lead = TestUsers.ensure(identity, jdbc, "wp.lead", Role.CONSULTANT);
		member = TestUsers.ensure(identity, jdbc, "wp.member", Role.CONSULTANT);
		outsider = TestUsers.ensure(identity, jdbc, "wp.outsider", Role.CONSULTANT);
		// a province has one open engagement at a time: close the previous test's before starting this one
		jdbc.sql("update eng_engagement set status = 'CLOSED', closed_on = start_date where province_code in ('TH-29', "
				+ "'TH-30') and status = 'OPEN'").update();
		engagementId = engagements.start(PROVINCE, "งานทดสอบแผนการดำเนินงาน", SIGNED, lead, Set.of(lead, member)).id();
	}

	@Test
	void createsThePlanFromTheDefaultTemplateOnWorkingDaysInsideTheEngagement() {
		WorkPlan plan = workPlans.createFromTemplate(engagementId);

		assertThat(plan.phases()).hasSize(8);
		assertThat(plan.items()).filteredOn(WorkItem::isDeliverable).hasSize(9);
		var calendar = holidays.calendar();
		assertThat(plan.items()).allSatisfy(item -> {
			assertThat(calendar.isWorkingDay(item.dueDate())).as(item.titleEn()).isTrue();
			assertThat(item.dueDate()).isBetween(SIGNED, plan.engagement().endDate());
		});
		// day 30 is Saturday 31 Oct 2026: the inception report is due on Monday 2 Nov, owned by the team lead
		WorkItem inception = item(plan, "Inception report");
		assertThat(inception.dueDate()).isEqualTo(LocalDate.of(2026, 11, 2));
		assertThat(inception.dueDate().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		assertThat(inception.ownerUserId()).isEqualTo(lead);
		assertThat(inception.status()).isEqualTo("NOT_STARTED");
		// day 180 is past the engagement's last day (29 Mar 2027): brought back to it
		assertThat(item(plan, "Final report").dueDate()).isEqualTo(LocalDate.of(2027, 3, 29));
		assertThat(item(plan, "Master-plan book (draft)").isGenerated()).isTrue();
		assertThat(item(plan, "Kick-off meeting with the province").status()).isEqualTo("PENDING");
	}

	@Test
	void refusesASecondPlanForTheSameEngagement() {
		workPlans.createFromTemplate(engagementId);
		refused(() -> workPlans.createFromTemplate(engagementId), "workplan.refused.alreadyPlanned");
		assertThat(workPlans.plan(engagementId).orElseThrow().items()).hasSize(24);
	}

	@Test
	void anOwnerMustBeOnTheTeamAndADueDateInsideTheEngagement() {
		WorkItem profile = item(workPlans.createFromTemplate(engagementId), "Province profile and diagnosis report");

		refused(() -> workPlans.assignOwner(engagementId, profile.id(), outsider), "workplan.refused.ownerNotOnTeam");
		refused(() -> workPlans.moveDueDate(engagementId, profile.id(), LocalDate.of(2027, 3, 30)),
				"workplan.refused.dueDateOutside");
		refused(() -> workPlans.moveDueDate(engagementId, profile.id(), SIGNED.minusDays(1)),
				"workplan.refused.dueDateOutside");
		WorkItem unchanged = item(workPlans.plan(engagementId).orElseThrow(), "Province profile and diagnosis report");
		assertThat(unchanged.ownerUserId()).isNull();
		assertThat(unchanged.dueDate()).isEqualTo(profile.dueDate());

		WorkItem edited = workPlans.editItem(engagementId, profile.id(), member, LocalDate.of(2026, 12, 18));
		assertThat(edited.ownerUserId()).isEqualTo(member);
		assertThat(edited.dueDate()).isEqualTo(LocalDate.of(2026, 12, 18));
	}

	@Test
	void anItemOfAnotherEngagementIsNotFoundThere() {
		WorkItem inception = item(workPlans.createFromTemplate(engagementId), "Inception report");
		long other = engagements.start(new ProvinceCode("TH-30"), "งานอื่น", SIGNED, lead, Set.of(lead)).id();
		workPlans.createFromTemplate(other);
		assertThatThrownBy(() -> workPlans.assignOwner(other, inception.id(), lead))
			.isInstanceOf(NotInProvinceException.class);
		long file = workPlans.upload(engagementId, inception.id(), lead, "a.pdf", PDF).id();
		assertThat(workPlans.file(other, file)).isEmpty();
		assertThat(workPlans.file(engagementId, file)).isPresent();
	}

	@Test
	void uploadsKeepEveryVersionAndRefuseWhatIsNotADocument() {
		WorkItem inception = item(workPlans.createFromTemplate(engagementId), "Inception report");

		refused(() -> workPlans.upload(engagementId, inception.id(), member, "setup.pdf", "MZ\u0090\u0000".getBytes(
				StandardCharsets.ISO_8859_1)), "workplan.file.wrongType");
		refused(() -> workPlans.upload(engagementId, inception.id(), member, "empty.pdf", new byte[0]),
				"workplan.file.empty");
		refused(() -> workPlans.upload(engagementId, inception.id(), outsider, "a.pdf", PDF), "workplan.refused.notOnTeam");
		assertThat(workPlans.files(engagementId, inception.id())).isEmpty();

		workPlans.upload(engagementId, inception.id(), member, "../../รายงาน\"เบื้องต้น.exe", PDF);
		workPlans.upload(engagementId, inception.id(), lead, "inception v2.pdf", PDF);

		assertThat(workPlans.files(engagementId, inception.id())).extracting(DeliverableFile::versionNo,
				DeliverableFile::fileName, DeliverableFile::uploadedBy)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "inception v2.pdf", "wp.lead"),
					org.assertj.core.groups.Tuple.tuple(1, "รายงานเบื้องต้น.pdf", "wp.member"));
		assertThat(item(workPlans.plan(engagementId).orElseThrow(), "Inception report").status()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void onlyTheTeamLeadApprovesAndAnApprovedDeliverableIsFinal() {
		WorkItem inception = item(workPlans.createFromTemplate(engagementId), "Inception report");
		long id = inception.id();
		refused(() -> workPlans.moveDeliverable(engagementId, id, "REVIEW_REQUESTED", member, null),
				"workplan.refused.noFile");
		workPlans.upload(engagementId, id, member, "inception.pdf", PDF);
		workPlans.moveDeliverable(engagementId, id, "REVIEW_REQUESTED", member, null);

		refused(() -> workPlans.moveDeliverable(engagementId, id, "APPROVED", member, null), "workplan.refused.notLead");
		refused(() -> workPlans.moveDeliverable(engagementId, id, "APPROVED", outsider, null),
				"workplan.refused.notOnTeam");
		workPlans.moveDeliverable(engagementId, id, "RETURNED", lead, "ขาดแผนการทำงานรายสัปดาห์");
		assertThat(item(workPlans.plan(engagementId).orElseThrow(), "Inception report").returnReason())
			.isEqualTo("ขาดแผนการทำงานรายสัปดาห์");
		workPlans.moveDeliverable(engagementId, id, "REVIEW_REQUESTED", member, null);
		WorkItem approved = workPlans.moveDeliverable(engagementId, id, "APPROVED", lead, null);

		assertThat(approved.status()).isEqualTo("APPROVED");
		assertThat(approved.completedOn()).isNotNull();
		refused(() -> workPlans.upload(engagementId, id, lead, "late.pdf", PDF), "workplan.refused.approvedIsFinal");
		refused(() -> workPlans.moveDeliverable(engagementId, id, "RETURNED", lead, "x"),
				"workplan.refused.approvedIsFinal");
	}

	@Test
	void progressCountsDaysDeliverablesLateAndDueSoon() {
		WorkPlan plan = workPlans.createFromTemplate(engagementId);
		WorkItem inception = item(plan, "Inception report");
		workPlans.upload(engagementId, inception.id(), lead, "inception.pdf", PDF);
		workPlans.moveDeliverable(engagementId, inception.id(), "REVIEW_REQUESTED", lead, null);
		workPlans.moveDeliverable(engagementId, inception.id(), "APPROVED", lead, null);
		WorkPlan now = workPlans.plan(engagementId).orElseThrow();

		// 28 Oct 2026: day 28; the kick-off (8 Oct) is late; the working-group order (2 Nov) is due soon
		WorkPlanProgress progress = WorkPlanProgress.of(now, LocalDate.of(2026, 10, 28));
		assertThat(progress).isEqualTo(new WorkPlanProgress(28, 180, 1, 9, 1, 1));
		assertThat(WorkPlanProgress.of(now, LocalDate.of(2027, 6, 1)).daysElapsed()).isEqualTo(180);
		assertThat(WorkPlanProgress.of(now, LocalDate.of(2026, 9, 1)).daysElapsed()).isZero();
	}

	private static WorkItem item(WorkPlan plan, String titleEn) {
		return plan.items().stream().filter(i -> i.titleEn().equals(titleEn)).findFirst().orElseThrow();
	}

	private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.messageKey()).isEqualTo(key));
	}
}
