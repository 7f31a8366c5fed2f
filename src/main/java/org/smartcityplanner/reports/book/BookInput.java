package org.smartcityplanner.reports.book;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.documents.Block;
import org.smartcityplanner.plan.PlanVersionSummary;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.alignment.AlignmentAnalysis;
import org.smartcityplanner.plan.model.readiness.ReadinessReport;
import org.smartcityplanner.profile.AreaBoundary;
import org.smartcityplanner.profile.ContextParts;
import org.smartcityplanner.profile.ProvincialStrategy;
import org.smartcityplanner.profile.SwotLists;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.shared.LocalizedText;

/**
 * Everything the master-plan book is made of, read once before the book is built.
 *
 * @param provinceName         the province's name
 * @param version              the saved plan version the book is made from
 * @param plan                 that version's plan
 * @param areas                the province's target areas, by id
 * @param boundaries           their boundaries (GeoJSON), by area id
 * @param context              the province's context text
 * @param swot                 the province's SWOT
 * @param provincialStrategies the strategies of the province's own development plan
 * @param referenceItems       national reference lists (dimensions, strategies, master plans, milestones, SDGs)
 * @param readiness            the committee's readiness check of the version
 * @param alignment            alignment of the version with national and provincial plans
 * @param contributedChapters  chapter content from other modules by chapter key (e.g. {@code participation},
 *                             {@code training}); a missing key prints the "no data yet" placeholder
 * @param savedByName          the full name of the person who saved the version (their sign-in name when the
 *                             account is gone)
 * @param provinceOutline      the province's outline as GeoJSON, drawn under the areas; {@code null} when none
 *                             was uploaded
 */
public record BookInput(LocalizedText provinceName, PlanVersionSummary version, PlanDocument plan,
		List<TargetAreaView> areas, List<AreaBoundary> boundaries, ContextParts context, SwotLists swot,
		List<ProvincialStrategy> provincialStrategies, List<ReferenceItem> referenceItems, ReadinessReport readiness,
		AlignmentAnalysis alignment, Map<String, List<Block>> contributedChapters, String savedByName,
		String provinceOutline) {

	/** An input without an outline, naming the saver by the version's sign-in name (tests, benchmarks). */
	public BookInput(LocalizedText provinceName, PlanVersionSummary version, PlanDocument plan,
			List<TargetAreaView> areas, List<AreaBoundary> boundaries, ContextParts context, SwotLists swot,
			List<ProvincialStrategy> provincialStrategies, List<ReferenceItem> referenceItems,
			ReadinessReport readiness, AlignmentAnalysis alignment, Map<String, List<Block>> contributedChapters) {
		this(provinceName, version, plan, areas, boundaries, context, swot, provincialStrategies, referenceItems,
				readiness, alignment, contributedChapters, version.createdBy(), null);
	}

	public BookInput {
		savedByName = savedByName == null || savedByName.isBlank() ? version.createdBy() : savedByName;
		areas = List.copyOf(areas);
		boundaries = List.copyOf(boundaries);
		provincialStrategies = List.copyOf(provincialStrategies);
		referenceItems = List.copyOf(referenceItems);
		contributedChapters = Map.copyOf(contributedChapters);
	}
}
