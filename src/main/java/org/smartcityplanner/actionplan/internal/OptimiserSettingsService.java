package org.smartcityplanner.actionplan.internal;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.actionplan.MinimumRule;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's standing optimiser settings: budget envelopes per source and year, and minimum rules (at least n
 * projects, or a share of the money, for a dimension or a target area).
 */
@Component
@Transactional
class OptimiserSettingsService {

	private final ReferenceApi reference;
	private final SourceRuleService sources;
	private final OptimiserSettingsStore settings;
	private final ActionPlanOwnership owned;
	private final PlanProjects projects;
	private final AuditLog audit;

	OptimiserSettingsService(ReferenceApi reference, SourceRuleService sources, OptimiserSettingsStore settings,
			ActionPlanOwnership owned, PlanProjects projects, AuditLog audit) {
		this.reference = reference;
		this.sources = sources;
		this.settings = settings;
		this.owned = owned;
		this.projects = projects;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	Map<String, Map<Integer, Baht>> envelopes(ProvinceCode province) {
		return settings.envelopes(province);
	}

	void saveEnvelopes(ProvinceCode province, Map<String, Map<Integer, Baht>> envelopes) {
		var before = settings.envelopes(province);
		// an envelope outside the plan period would be stored and never used: refused (years as text, not "2,571")
		var period = projects.plan(province).map(plan -> plan.header().period())
			.orElseThrow(() -> new InvalidInputException("actionplan.envelope.noPlan"));
		envelopes.forEach((source, years) -> {
			sources.source(source);
			if (years == null) {
				throw new InvalidInputException("actionplan.envelope.noYears", source);
			}
			years.forEach((year, amount) -> {
				if (year == null || year < period.first().buddhistYear() || year > period.last().buddhistYear()) {
					throw new InvalidInputException("actionplan.envelope.yearOutsidePeriod", source + "." + year,
							String.valueOf(period.first().buddhistYear()), String.valueOf(period.last().buddhistYear()));
				}
				if (amount != null && amount.isNegative()) {
					throw new InvalidInputException("actionplan.envelope.negative", source, String.valueOf(year));
				}
				if (amount != null && amount.compareTo(BudgetSheet.ABSURD) > 0) {
					throw new InvalidInputException("actionplan.envelope.absurd", source, String.valueOf(year),
							BudgetSheet.ABSURD);
				}
			});
		});
		envelopes.forEach((source, years) -> years.forEach((year, amount) -> settings.saveEnvelope(province, source,
				year, amount)));
		audit.record(new AuditChange("actionplan-envelopes", province.value(), "updated", province, before,
				settings.envelopes(province)));
	}

	@Transactional(readOnly = true)
	List<MinimumRule> minimums(ProvinceCode province) {
		return settings.minimums(province);
	}

	void addMinimum(ProvinceCode province, MinimumRule minimum) {
		if (!"DIMENSION".equals(minimum.scope()) && !"AREA".equals(minimum.scope())) {
			throw new InvalidInputException("actionplan.minimum.scope");
		}
		if (minimum.minCount() < 0 || minimum.minCount() > 1000 || minimum.minSharePercent() < 0
				|| minimum.minSharePercent() > 100 || (minimum.minCount() == 0 && minimum.minSharePercent() == 0)) {
			throw new InvalidInputException("actionplan.minimum.range");
		}
		if ("AREA".equals(minimum.scope())) {
			owned.area(province, minimum.code(), "code");
		}
		else if (reference.item(ReferenceKind.SMART_DIMENSION, String.valueOf(minimum.code())).isEmpty()) {
			throw new InvalidInputException("actionplan.minimum.code");
		}
		settings.addMinimum(province, minimum);
		audit.record(new AuditChange("actionplan-minimum", minimum.scope() + ":" + minimum.code(), "created", province,
				null, minimum));
	}

	void deleteMinimum(ProvinceCode province, long id) {
		MinimumRule before = owned.minimum(province, id);
		settings.deleteMinimum(province, id);
		audit.record(new AuditChange("actionplan-minimum", String.valueOf(id), "deleted", province, before, null));
	}
}
