package org.smartcityplanner.plan.model.readiness;

import java.util.List;

import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanSections;

/**
 * Committee criterion 3, City Data Platform: how city data is collected, opened, protected and shared. The
 * committee assesses openness and security separately, so each unwritten chapter is named.
 */
public final class CityDataPlatformPolicy implements ReadinessPolicy {

	public static final String CODE = "C3";

	private record Chapter(String section, String missingKey, String text) {
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public CheckResult check(PlanDocument plan, ReadinessContext context) {
		PlanSections sections = Sections.of(plan);
		List<Chapter> chapters = List.of(
				new Chapter("dataSources", "readiness.c3.noDataSources", sections.dataSources()),
				new Chapter("dataOpenness", "readiness.c3.noDataOpenness", sections.dataOpenness()),
				new Chapter("dataSecurity", "readiness.c3.noDataSecurity", sections.dataSecurity()),
				new Chapter("dataSharing", "readiness.c3.noDataSharing", sections.dataSharing()));

		Findings findings = new Findings(CODE);
		if (chapters.stream().allMatch(chapter -> Texts.isBlank(chapter.text()))) {
			findings.fail("readiness.c3.noDataPlatform", FixTarget.section("dataSources"));
			return findings.result();
		}
		for (Chapter chapter : chapters) {
			if (Texts.isBlank(chapter.text())) {
				findings.warn(chapter.missingKey(), FixTarget.section(chapter.section()));
			}
		}
		return findings.result();
	}
}
