package org.smartcityplanner.monitoring.web.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.monitoring.domain.project.MoneyLine;
import org.smartcityplanner.monitoring.domain.project.ProjectStatus;
import org.smartcityplanner.monitoring.domain.project.ReportingQuarter;
import org.smartcityplanner.monitoring.internal.project.ProjectProgress;
import org.smartcityplanner.monitoring.internal.project.ReportInput;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.InvalidInputException;

/**
 * Reads the project page's report form: the quarter, status, percentage, note, the milestones ticked and the money
 * fields {@code committed_<year>_<source>} and {@code disbursed_<year>_<source>} of every allocation line. A field
 * that cannot be read is refused naming it; nothing is guessed.
 */
final class ReportForm {

	private ReportForm() {
	}

	static ReportInput read(ProjectProgress project, Map<String, String> params, List<String> milestonesDone) {
		ProjectStatus status = status(params.get("status"));
		int percent = whole(params.get("percentComplete"));
		Set<Integer> done = new HashSet<>();
		for (String index : milestonesDone == null ? List.<String>of() : milestonesDone) {
			done.add(whole(index, "monitoring.project.milestone.unknown"));
		}
		List<MoneyLine> money = new ArrayList<>();
		project.allocation().amounts().forEach((year, bySource) -> bySource.keySet().forEach(source -> {
			String key = year + "_" + source;
			money.add(new MoneyLine(year, source, amount(params, "committed_" + key, year + " " + source),
					amount(params, "disbursed_" + key, year + " " + source)));
		}));
		return new ReportInput(project.projectId(), ReportingQuarter.parse(params.get("period")), status, percent, done,
				money, params.getOrDefault("note", ""));
	}

	static ProjectStatus status(String text) {
		try {
			return ProjectStatus.valueOf(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidInputException("monitoring.project.status.required");
		}
	}

	private static int whole(String text) {
		return whole(text, "monitoring.project.percent.invalid");
	}

	private static int whole(String text, String refusal) {
		try {
			return Integer.parseInt(text == null ? "" : text.strip());
		}
		catch (NumberFormatException notWhole) {
			throw new InvalidInputException(refusal, text == null ? "" : text);
		}
	}

	private static Baht amount(Map<String, String> params, String field, String where) {
		Baht amount = Baht.parse(params.get(field), where);
		if (amount == null) {
			throw new InvalidInputException("monitoring.project.money.required", where);
		}
		return amount;
	}
}
