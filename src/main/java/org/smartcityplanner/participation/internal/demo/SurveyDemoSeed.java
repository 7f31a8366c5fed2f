package org.smartcityplanner.participation.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.participation.domain.process.Phase;
import org.smartcityplanner.participation.domain.process.PhaseKind;
import org.smartcityplanner.participation.internal.finding.FindingUseCases;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo province's participation process (four phases around today, the idea phase running with surveys and
 * ideas open) and its surveys:
 * a published city-needs survey of twelve questions with about 150 fictional responses, online and typed from
 * paper, from every sector and area, with the findings staff read in it, and a closed satisfaction survey of the
 * first public hearing. Written through
 * the module's own rules, so the demo data is checked like real input.
 */
@Component
@Profile("!prod")
class SurveyDemoSeed implements DemoSeed {

	/** After the profile (target areas) and training. */
	static final int ORDER = TRAINING + 100;

	private final SurveyUseCases surveys;
	private final ProcessUseCases process;
	private final ProfileApi profile;
	private final JdbcClient jdbc;
	private final FindingUseCases findings;
	private final Clock clock;

	SurveyDemoSeed(SurveyUseCases surveys, ProcessUseCases process, ProfileApi profile, JdbcClient jdbc,
			FindingUseCases findings, Clock clock) {
		this.findings = findings;
		this.surveys = surveys;
		this.process = process;
		this.profile = profile;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return ORDER;
	}

	@Override
	public boolean isSeeded(ProvinceCode province) {
		return !surveys.surveysOf(province).isEmpty();
	}

	@Override
	public void seed(ProvinceCode province) {
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Bangkok")));
		process.save(province, 0, List.of(
				new Phase(PhaseKind.LISTEN, today.minusDays(60), today.minusDays(31), Set.of("surveys")),
				new Phase(PhaseKind.IDEAS, today.minusDays(30), today.plusDays(14), Set.of("surveys", "ideas")),
				new Phase(PhaseKind.PRIORITISE, today.plusDays(15), today.plusDays(45), Set.of("surveys")),
				new Phase(PhaseKind.VALIDATE, today.plusDays(46), today.plusDays(75), Set.of())));
		List<Long> areas = profile.areasOf(province).stream().map(TargetAreaView::id).toList();
		DemoSurveys demo = new DemoSurveys(surveys, jdbc, province, areas, clock.instant());
		demo.closedHearingSurvey();
		demo.cityNeedsSurvey();
		new DemoFindings(surveys, findings).record(province);
	}
}
