package org.smartcityplanner.participation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.StakeholderApi;
import org.smartcityplanner.participation.StakeholderDraft;
import org.smartcityplanner.participation.SurveyFixtures;
import org.smartcityplanner.participation.domain.survey.FindingDraft;
import org.smartcityplanner.participation.internal.finding.FindingUseCases;
import org.smartcityplanner.participation.internal.finding.SurveyFinding;
import org.smartcityplanner.participation.internal.stakeholder.StakeholderIntake;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of survey findings and of stakeholder sign-up and import on H2 and PostgreSQL: the findings' join with
 * their survey, their order and locking; the sign-up link, moderation that moves only a pending registration, and
 * the paper consent's day stored with an imported row. Province TH-21 is used by no other participation test.
 */
@DatabaseTest
class IntakeAndFindingsRepositoryTests {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-21");

	@Autowired
	FindingUseCases findings;
	@Autowired
	SurveyUseCases surveys;
	@Autowired
	ProfileUseCases profile;
	@Autowired
	StakeholderIntake intake;
	@Autowired
	StakeholderApi registry;
	@Autowired
	JdbcClient jdbc;

	@Test
	void findingsAreReadWithTheirSurveyNewestFirstAndLocked() {
		SurveyFixtures fx = SurveyFixtures.published(surveys, profile, PROVINCE, "สำรวจ " + UUID.randomUUID(), false);
		SurveyFinding first = findings.record(PROVINCE, fx.survey.id(),
				new FindingDraft("ข้อแรก", "ข้อ 1", List.of(fx.questions.get(1), fx.questions.get(0))));
		SurveyFinding second = findings.record(PROVINCE, fx.survey.id(),
				new FindingDraft("ข้อสอง", "ข้อ 2", List.of(fx.questions.get(1))));

		assertThat(first.surveyTitle()).isEqualTo(fx.survey.title());
		assertThat(first.questionIds()).containsExactly(fx.questions.get(1), fx.questions.get(0));
		assertThat(findings.ofSurvey(PROVINCE, fx.survey.id())).extracting(SurveyFinding::id)
			.containsExactly(first.id(), second.id());
		assertThat(findings.ofProvince(PROVINCE)).extracting(SurveyFinding::id).startsWith(second.id());
		SurveyFinding changed = findings.update(PROVINCE, fx.survey.id(), first.id(),
				new FindingDraft("ข้อแรก (แก้)", "ข้อ 1", List.of(fx.questions.get(0))), 0);
		assertThat(changed.version()).isEqualTo(1);
		assertThatThrownBy(() -> findings.update(PROVINCE, fx.survey.id(), first.id(),
				new FindingDraft("ทับ", "ข้อ 1", List.of(fx.questions.get(0))), 0))
			.isInstanceOf(OptimisticLockingFailureException.class);
		findings.delete(PROVINCE, fx.survey.id(), second.id());
		assertThatThrownBy(() -> findings.finding(PROVINCE, fx.survey.id(), second.id()))
			.isInstanceOf(NotInProvinceException.class);
	}

	@Test
	void signUpModerationAndImportWorkOnThisDatabase() {
		String key = intake.openSignup(PROVINCE);
		assertThat(intake.openSignup(PROVINCE)).isEqualTo(key);
		assertThat(intake.signupProvince(key)).contains(PROVINCE);

		String tag = UUID.randomUUID().toString().substring(0, 8);
		long pending = intake.signUp(PROVINCE, new StakeholderDraft("ก " + tag, "", "NGO", "CIVIL_SOCIETY", "", "", "",
				true, "24")).stakeholder().id();
		int before = registry.figures(PROVINCE).get("registered");
		assertThat(intake.pending(PROVINCE)).extracting(s -> s.id()).contains(pending);
		intake.confirm(PROVINCE, pending);
		assertThat(registry.figures(PROVINCE).get("registered")).isEqualTo(before + 1);
		assertThatThrownBy(() -> intake.reject(PROVINCE, pending)).isInstanceOf(NotInProvinceException.class);

		assertThat(intake.importSheet(PROVINCE, List.of(List.of("name", "type", "sector", "consent", "consent_date"),
				List.of("ข " + tag, "CITIZEN", "CIVIL_SOCIETY", "PAPER", "2026-11-30")))).isEqualTo(1);
		assertThat(jdbc.sql("select consent_collected_on from par_stakeholder where name = ?").param("ข " + tag)
			.query(java.time.LocalDate.class).single()).isEqualTo(java.time.LocalDate.of(2026, 11, 30));

		intake.closeSignup(PROVINCE);
		assertThat(intake.signupProvince(key)).isEmpty();
	}
}
