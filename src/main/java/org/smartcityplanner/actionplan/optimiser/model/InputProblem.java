package org.smartcityplanner.actionplan.optimiser.model;

import java.util.List;

/**
 * One thing wrong with a problem's input, structured so the web layer can name the field in the user's
 * language.
 *
 * @param code what is wrong
 * @param projectId project concerned, or {@code null}
 * @param sourceCode source concerned, or {@code null}
 * @param fiscalYear fiscal year (or project year index for costs) concerned, or {@code null}
 * @param amountSatang the amount concerned (e.g. the difference of a split), or 0
 * @param relatedIds other ids concerned (e.g. the projects of a cycle, in order)
 * @param detail technical detail for logs, never shown as-is to users
 */
public record InputProblem(ProblemCode code, String projectId, String sourceCode, Integer fiscalYear,
		long amountSatang, List<String> relatedIds, String detail) {

	public InputProblem {
		relatedIds = relatedIds == null ? List.of() : List.copyOf(relatedIds);
	}

	public static InputProblem of(ProblemCode code, String projectId, String detail) {
		return new InputProblem(code, projectId, null, null, 0, List.of(), detail);
	}
}
