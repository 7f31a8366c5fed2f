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
import org.smartcityplanner.profile.IndicatorBaseline;
import org.smartcityplanner.profile.ContextParts;
import org.smartcityplanner.profile.ProvinceOutline;
import org.smartcityplanner.profile.ProvinceContext;
import org.smartcityplanner.profile.ProvinceProfileView;
import org.smartcityplanner.profile.ProvincialStrategy;
import org.smartcityplanner.profile.StrategyDraft;
import org.smartcityplanner.profile.StrategyImport;
import org.smartcityplanner.profile.Swot;
import org.smartcityplanner.profile.SwotLists;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;

/**
 * The module's facade ({@link org.smartcityplanner.profile.ProfileApi} for other modules, {@link ProfileUseCases} for
 * its own web layer): hands each request to the service of its part of the profile.
 */
@Service
class ProfileService implements ProfileUseCases {

	private final AreaService areas;
	private final ContextService contexts;
	private final StrategyService strategies;
	private final SwotService swots;
	private final BaselineService baselines;
	private final BaselineImportService baselineImports;
	private final ProvinceOutlineService outlines;

	ProfileService(AreaService areas, ContextService contexts, StrategyService strategies, SwotService swots,
			BaselineService baselines, BaselineImportService baselineImports, ProvinceOutlineService outlines) {
		this.outlines = outlines;
		this.areas = areas;
		this.contexts = contexts;
		this.strategies = strategies;
		this.swots = swots;
		this.baselines = baselines;
		this.baselineImports = baselineImports;
	}

	@Override
	public List<TargetAreaView> areasOf(ProvinceCode province) {
		return areas.areasOf(province);
	}

	@Override
	public Optional<ProvinceOutline> provinceOutline(ProvinceCode province) {
		return outlines.outlineOf(province);
	}

	@Override
	public ProvinceOutline replaceProvinceOutline(ProvinceCode province, String geoJson) {
		return outlines.replace(province, geoJson);
	}

	@Override
	public void removeProvinceOutline(ProvinceCode province) {
		outlines.remove(province);
	}

	@Override
	public Optional<TargetAreaView> area(ProvinceCode province, long areaId) {
		return areas.area(province, areaId);
	}

	@Override
	public List<AreaBoundary> boundariesOf(ProvinceCode province) {
		return areas.boundariesOf(province);
	}

	@Override
	public Optional<AreaBoundary> boundaryOf(ProvinceCode province, long areaId) {
		return areas.boundaryOf(province, areaId);
	}

	@Override
	public TargetAreaView addArea(ProvinceCode province, LocalizedText name, AreaType type, Integer population,
			BigDecimal areaSqKm) {
		return areas.add(province, name, type, population, areaSqKm);
	}

	@Override
	public TargetAreaView createArea(ProvinceCode province, AreaDetails details) {
		return areas.create(province, details);
	}

	@Override
	public TargetAreaView updateArea(ProvinceCode province, long areaId, int expectedVersion, AreaDetails details) {
		return areas.update(province, areaId, expectedVersion, details);
	}

	@Override
	public BoundaryCheck checkBoundary(String geoJson) {
		return areas.check(geoJson);
	}

	@Override
	public ProvinceContext contextOf(ProvinceCode province) {
		return contexts.contextOf(province);
	}

	@Override
	public ProvinceContext saveContext(ProvinceCode province, Integer expectedVersion, ContextParts parts) {
		return contexts.save(province, expectedVersion, parts);
	}

	@Override
	public ProvinceProfileView profileOf(ProvinceCode province) {
		return new ProvinceProfileView(contexts.contextOf(province), strategies.strategiesOf(province),
				swots.swotOf(province, null));
	}

	@Override
	public List<ProvincialStrategy> strategiesOf(ProvinceCode province) {
		return strategies.strategiesOf(province);
	}

	@Override
	public Optional<ProvincialStrategy> strategy(ProvinceCode province, long strategyId) {
		return strategies.strategy(province, strategyId);
	}

	@Override
	public Optional<ProvincialStrategy> strategyByCode(ProvinceCode province, String code) {
		return strategies.byCode(province, code);
	}

	@Override
	public ProvincialStrategy addStrategy(ProvinceCode province, StrategyDraft draft) {
		return strategies.add(province, draft);
	}

	@Override
	public ProvincialStrategy updateStrategy(ProvinceCode province, long strategyId, int expectedVersion,
			StrategyDraft draft) {
		return strategies.update(province, strategyId, expectedVersion, draft);
	}

	@Override
	public void deleteStrategy(ProvinceCode province, long strategyId) {
		strategies.delete(province, strategyId);
	}

	@Override
	public StrategyImport importStrategies(ProvinceCode province, String pastedLines, String planYears) {
		return strategies.importLines(province, pastedLines, planYears);
	}

	@Override
	public Swot swotOf(ProvinceCode province, Long areaId) {
		return swots.swotOf(province, areaId);
	}

	@Override
	public Swot saveSwot(ProvinceCode province, Long areaId, Integer expectedVersion, SwotLists lists) {
		return swots.save(province, areaId, expectedVersion, lists);
	}

	@Override
	public List<IndicatorBaseline> baselinesOf(ProvinceCode province) {
		return baselines.baselinesOf(province);
	}

	@Override
	public Optional<IndicatorBaseline> baseline(ProvinceCode province, long baselineId) {
		return baselines.baseline(province, baselineId);
	}

	@Override
	public Optional<IndicatorBaseline> latestBaseline(ProvinceCode province, Long areaIdOrNull, String indicatorCode) {
		return baselines.latest(province, areaIdOrNull, indicatorCode);
	}

	@Override
	public List<BaselineProblem> checkBaseline(ProvinceCode province, Long baselineId, BaselineDraft draft) {
		return baselines.check(province, baselineId, draft);
	}

	@Override
	public IndicatorBaseline addBaseline(ProvinceCode province, BaselineDraft draft) {
		return baselines.add(province, draft);
	}

	@Override
	public IndicatorBaseline updateBaseline(ProvinceCode province, long baselineId, int expectedVersion,
			BaselineDraft draft) {
		return baselines.update(province, baselineId, expectedVersion, draft);
	}

	@Override
	public void deleteBaseline(ProvinceCode province, long baselineId) {
		baselines.delete(province, baselineId);
	}

	@Override
	public BaselineImportPreview previewBaselineImport(ProvinceCode province, String fileName, byte[] content) {
		return baselineImports.preview(province, fileName, content);
	}

	@Override
	public Optional<BaselineImportPreview> baselineImport(ProvinceCode province, String importId) {
		return baselineImports.find(province, importId);
	}

	@Override
	public BaselineImportResult confirmBaselineImport(ProvinceCode province, String importId, boolean validRowsOnly) {
		return baselineImports.confirm(province, importId, validRowsOnly);
	}
}
