package org.smartcityplanner.participation.web.process;

import java.util.List;

import org.smartcityplanner.participation.ParticipationProcess;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.participation.web.LandingCard;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * The process's card on the landing page, first: which phase is running, and a warning while none is (the public
 * links take no input then).
 */
@Component
class ProcessCard implements LandingCard {

	private final ProcessApi process;

	ProcessCard(ProcessApi process) {
		this.process = process;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public Card card(ProvinceCode province) {
		ParticipationProcess now = process.process(province);
		String warning = !now.defined() ? "participation.process.notDefined"
				: now.current().isEmpty() ? "participation.process.noCurrent" : null;
		long planned = now.phases().stream().filter(phase -> phase.startsOn() != null).count();
		return new Card("participation.process.title", "participation.process.card",
				"/p/" + province.value() + "/participation/process",
				List.of(new Figure("participation.process.plannedPhases", planned)), warning, List.of());
	}
}
