package org.smartcityplanner.participation.internal.portal;

import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.participation.domain.survey.SurveyState;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * The demo province's public portal: the results of its closed surveys (the hearing's evaluation) are made public,
 * so the portal shows results with some small cells hidden. Runs after the surveys and meetings are seeded.
 */
@Component
class PortalDemoSeed implements DemoSeed {

	static final int ORDER = 730;

	private final SurveyUseCases surveys;
	private final ResultsPublications publications;

	PortalDemoSeed(SurveyUseCases surveys, ResultsPublications publications) {
		this.surveys = surveys;
		this.publications = publications;
	}

	@Override
	public int order() {
		return ORDER;
	}

	@Override
	public boolean isSeeded(ProvinceCode province) {
		return !publications.publicOf(province).isEmpty();
	}

	@Override
	public void seed(ProvinceCode province) {
		surveys.surveysOf(province).stream().filter(s -> s.state() == SurveyState.CLOSED)
			.forEach(s -> publications.decide(province, s.id(), true));
	}
}
