package org.smartcityplanner.training;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds training data for tests through the module's API; sessions are inserted with exact instants so a test
 * can place one around "now" (open for check-in) or in the past (expired) whatever the time of day.
 */
public record TrainingFixtures(CohortUseCases cohorts, RegistrationUseCases registrations, JdbcClient jdbc) {

	public static final List<String> PEOPLE = List.of("กมล", "ขวัญ", "คณิต", "จิรา", "ชาญ", "ญาดา", "ณรงค์", "ดวงใจ");

	/** A cohort running now (it began a week ago and ends in three weeks): a cohort that ended takes no one. */
	public Cohort cohort(ProvinceCode province, String name) {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
		return cohorts.create(province, new CohortDraft(name, "60", today.minusDays(7).toString(),
				today.plusDays(23).toString(), "365", "60", "80"));
	}

	/** Moves the cohort to the dates a test prints, once its trainees are registered. */
	public void heldFrom(Cohort cohort, String startDate, String endDate) {
		jdbc.sql("update trn_cohort set start_date = ?, end_date = ? where id = ?")
			.params(LocalDate.parse(startDate), LocalDate.parse(endDate), cohort.id()).update();
	}

	/** A session of the cohort from {@code start} lasting {@code length}. */
	public long session(Cohort cohort, Instant start, Duration length) {
		jdbc.sql("""
				insert into trn_session (cohort_id, topic_code, title, starts_at, ends_at, venue, online_link, trainer_ids)
				values (?, 'MINDSET', ?, ?, ?, 'ห้องประชุม 1', null, '')""")
			.params(cohort.id(), "ช่วงทดสอบ " + start, Utc.of(start), Utc.of(start.plus(length))).update();
		return jdbc.sql("select max(id) from trn_session where cohort_id = ?").param(cohort.id()).query(Long.class).single();
	}

	/** A session that started ten minutes ago and lasts two more hours. */
	public long openSession(Cohort cohort) {
		return session(cohort, Instant.now().minus(Duration.ofMinutes(10)), Duration.ofMinutes(130));
	}

	/** Registers the n-th fictional person and returns their personal link's secret. */
	public String register(Cohort cohort, int n) {
		return registrations.register(cohort.registrationKey(), person(n), true).accessToken();
	}

	public static TraineeDraft person(int n) {
		return new TraineeDraft(PEOPLE.get(n % PEOPLE.size()) + " ทดสอบ" + n, "หน่วยงานทดสอบ", "GOVERNMENT", "",
				String.format("08%08d", n), "");
	}
}
