package org.smartcityplanner.profile.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.smartcityplanner.profile.AreaBoundary;
import org.smartcityplanner.profile.AreaDetails;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.BaselineDraft;
import org.smartcityplanner.profile.BaselineImportPreview;
import org.smartcityplanner.profile.BaselineImportResult;
import org.smartcityplanner.profile.BaselineProblem;
import org.smartcityplanner.profile.BoundaryCheck;
import org.smartcityplanner.profile.ContextParts;
import org.smartcityplanner.profile.IndicatorBaseline;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.ProvinceContext;
import org.smartcityplanner.profile.ProvinceOutline;
import org.smartcityplanner.profile.ProvinceProfileView;
import org.smartcityplanner.profile.ProvincialStrategy;
import org.smartcityplanner.profile.StrategyDraft;
import org.smartcityplanner.profile.StrategyImport;
import org.smartcityplanner.profile.Swot;
import org.smartcityplanner.profile.SwotLists;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * What the profile module's own pages and REST API do with a province's profile, beyond the read-only
 * {@link ProfileApi} other modules use. Internal to the module (Spring Modulith does not expose {@code internal}), so
 * these methods can change with the pages without touching any other module. Every change is audited in its own
 * transaction.
 *
 * <p>Changes to versioned data take the version the user started from and throw Spring's
 * {@code OptimisticLockingFailureException} when someone else saved in between — nothing is overwritten
 * silently.
 */
public interface ProfileUseCases extends ProfileApi {

	// --- target areas and the province outline


	/**
	 * Replaces the province outline with a checked GeoJSON polygon or multipolygon.
	 *
	 * @throws org.smartcityplanner.profile.InvalidBoundaryException when the outline is refused (nothing is saved)
	 */
	ProvinceOutline replaceProvinceOutline(ProvinceCode province, String geoJson);

	/** Removes the province outline, if there is one. */
	void removeProvinceOutline(ProvinceCode province);

	/** The boundary of one area, if it has one. */
	Optional<AreaBoundary> boundaryOf(ProvinceCode province, long areaId);

	/**
	 * Adds a target area with only its basic facts (no boundary, positioning or lead dimensions yet).
	 */
	TargetAreaView addArea(ProvinceCode province, LocalizedText name, AreaType type, Integer population,
			BigDecimal areaSqKm);

	/**
	 * Adds a target area.
	 *
	 * @throws org.smartcityplanner.profile.InvalidBoundaryException when the new boundary is refused (nothing is saved)
	 * @throws IllegalArgumentException when the lead dimensions are not 1–3 known codes
	 */
	TargetAreaView createArea(ProvinceCode province, AreaDetails details);

	/**
	 * Changes a target area.
	 *
	 * @param expectedVersion the version the user edited
	 * @throws org.smartcityplanner.profile.InvalidBoundaryException when the new boundary is refused (nothing is saved)
	 * @throws IllegalArgumentException when the lead dimensions are not 1–3 known codes
	 * @throws java.util.NoSuchElementException when the area is not in the province
	 */
	TargetAreaView updateArea(ProvinceCode province, long areaId, int expectedVersion, AreaDetails details);

	/**
	 * Checks a boundary without saving it: parseable GeoJSON, one polygon or multipolygon, valid, inside
	 * Thailand, of plausible size. See {@link BoundaryCheck}.
	 */
	BoundaryCheck checkBoundary(String geoJson);

	// --- province context

	/**
	 * Saves the province's context.
	 *
	 * @param expectedVersion the version the user edited, {@code null} when they started from an empty context
	 */
	ProvinceContext saveContext(ProvinceCode province, Integer expectedVersion, ContextParts parts);

	/** Context, strategies and SWOT of the province in one record (for the API and reports). */
	ProvinceProfileView profileOf(ProvinceCode province);

	// --- provincial development-plan strategies

	/** One strategy by id, if it belongs to the province. */
	Optional<ProvincialStrategy> strategy(ProvinceCode province, long strategyId);

	/** One strategy by code (case-insensitive), if the province has it; how plan items find their alignment. */
	Optional<ProvincialStrategy> strategyByCode(ProvinceCode province, String code);

	/**
	 * Adds one strategy.
	 *
	 * @throws IllegalArgumentException when the code is malformed or already used, or the plan years are not
	 * like {@code 2566–2570}
	 */
	ProvincialStrategy addStrategy(ProvinceCode province, StrategyDraft draft);

	/**
	 * Changes one strategy.
	 *
	 * @throws IllegalArgumentException as for {@link #addStrategy}
	 * @throws java.util.NoSuchElementException when the strategy is not in the province
	 */
	ProvincialStrategy updateStrategy(ProvinceCode province, long strategyId, int expectedVersion,
			StrategyDraft draft);

	/** Removes one strategy; nothing happens when it does not exist in the province. */
	void deleteStrategy(ProvinceCode province, long strategyId);

	/**
	 * Imports pasted lines "code&lt;TAB&gt;title[&lt;TAB&gt;description]", all with the same plan years. All or
	 * nothing: when any line is wrong, nothing is saved and the result lists the wrong lines.
	 */
	StrategyImport importStrategies(ProvinceCode province, String pastedLines, String planYears);

	// --- SWOT

	/**
	 * Saves a SWOT.
	 *
	 * @param areaId the target area, or {@code null} for the province
	 * @param expectedVersion the version the user edited, {@code null} when they started from an empty SWOT
	 * @throws IllegalArgumentException when a list has too many or too long items
	 * @throws java.util.NoSuchElementException when the area is not in the province
	 */
	Swot saveSwot(ProvinceCode province, Long areaId, Integer expectedVersion, SwotLists lists);

	// --- indicator baselines

	/** The province's baselines, by indicator code, then the province before its areas, newest year first. */
	List<IndicatorBaseline> baselinesOf(ProvinceCode province);

	/** One baseline by id, if it belongs to the province. */
	Optional<IndicatorBaseline> baseline(ProvinceCode province, long baselineId);

	/**
	 * Everything wrong with a baseline to add ({@code baselineId == null}) or change, without saving anything:
	 * field rules, an unknown indicator, an area of another province, an indicator, area and year already taken.
	 */
	List<BaselineProblem> checkBaseline(ProvinceCode province, Long baselineId, BaselineDraft draft);

	/**
	 * Adds one baseline.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException with the first problem {@link #checkBaseline} finds
	 */
	IndicatorBaseline addBaseline(ProvinceCode province, BaselineDraft draft);

	/**
	 * Changes one baseline.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException as for {@link #addBaseline}
	 * @throws java.util.NoSuchElementException when the baseline is not in the province
	 */
	IndicatorBaseline updateBaseline(ProvinceCode province, long baselineId, int expectedVersion, BaselineDraft draft);

	/** Removes one baseline; nothing happens when it does not exist in the province. */
	void deleteBaseline(ProvinceCode province, long baselineId);

	/**
	 * Reads and checks a baseline file (CSV or XLSX, at most 2 MB) row by row and keeps the result for the current
	 * user to confirm within 24 hours. Nothing is saved to the baselines.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when the file as a whole cannot be used: empty, too
	 *         large, not really CSV text or an XLSX workbook, no header, more than 2,000 rows
	 */
	BaselineImportPreview previewBaselineImport(ProvinceCode province, String fileName, byte[] content);

	/** A preview the current user made for the province, confirmed or not, expired or not. */
	Optional<BaselineImportPreview> baselineImport(ProvinceCode province, String importId);

	/**
	 * Saves a previewed import in one transaction: every row, or with {@code validRowsOnly} the rows without errors.
	 * Confirming again saves nothing and returns the first confirmation's result.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when the file has errors and {@code validRowsOnly}
	 *         is not set, when no row is valid, or when an area or indicator went away since the preview
	 * @throws java.util.NoSuchElementException when the current user has no such preview or it expired
	 */
	BaselineImportResult confirmBaselineImport(ProvinceCode province, String importId, boolean validRowsOnly);
}
