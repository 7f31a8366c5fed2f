package org.smartcityplanner.actionplan.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * What a budget source accepts. Admins edit these rules; nothing about a source is hard-coded.
 *
 * @param sourceCode the budget source's reference code, e.g. {@code PROV}
 * @param eligibleDimensions smart dimension codes it funds; empty means every dimension
 * @param eligibleTypes project types it funds; empty means every type
 * @param maxPerProject the most it gives one project over all years, or {@code null} for no cap
 * @param coFundingPercent the share of a project's cost (0–100 %) that must come from other sources
 * @param multiYearAllowed whether it funds a project over more than one fiscal year
 * @param requiredFields the fields its proposal form must have
 * @param submissionDeadline the day proposals are due, in the fiscal year before the one they are for
 */
public record SourceRule(String sourceCode, Set<String> eligibleDimensions, Set<ProjectType> eligibleTypes,
		Baht maxPerProject, int coFundingPercent, boolean multiYearAllowed, List<FormField> requiredFields,
		MonthDay submissionDeadline) {

	public SourceRule {
		eligibleDimensions = eligibleDimensions == null ? Set.of() : Set.copyOf(eligibleDimensions);
		eligibleTypes = eligibleTypes == null ? Set.of() : Set.copyOf(eligibleTypes);
		requiredFields = requiredFields == null ? List.of() : List.copyOf(requiredFields);
		if (coFundingPercent < 0 || coFundingPercent > 100) {
			throw new IllegalArgumentException("co-funding share must be 0-100 %: " + coFundingPercent);
		}
		if (maxPerProject != null && maxPerProject.satang() <= 0) {
			throw new IllegalArgumentException("a cap must be positive: " + maxPerProject);
		}
	}

	/** Whether the source funds projects of this dimension and type. */
	public boolean funds(String dimension, ProjectType type) {
		return (eligibleDimensions.isEmpty() || eligibleDimensions.contains(dimension))
				&& (eligibleTypes.isEmpty() || type == null || eligibleTypes.contains(type));
	}

	/**
	 * The most this source may pay of a project costing {@code cost}: the cost less the co-funded share (rounded
	 * up to the satang, so the co-funding is never short), and no more than the cap.
	 */
	public Baht maxShareOf(Baht cost) {
		long coFunded = -Math.floorDiv(-Math.multiplyExact(cost.satang(), coFundingPercent), 100L);
		long share = cost.satang() - coFunded;
		if (maxPerProject != null) {
			share = Math.min(share, maxPerProject.satang());
		}
		return new Baht(share);
	}

	/** The date proposals for {@code year} are due. */
	public LocalDate deadlineFor(FiscalYear year) {
		FiscalYear before = new FiscalYear(year.buddhistYear() - 1);
		LocalDate inStartYear = submissionDeadline.atYear(before.start().getYear());
		return inStartYear.isBefore(before.start()) ? submissionDeadline.atYear(before.end().getYear()) : inStartYear;
	}
}
