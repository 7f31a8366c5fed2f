package org.smartcityplanner.actionplan.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.actionplan.WeightSettings;
import org.smartcityplanner.actionplan.rules.Ahp;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.actionplan.rules.Scoring;
import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A province's criterion weights, typed directly or derived from AHP judgements. */
@Component
@Transactional
class WeightService {

	private final PlanProjects projects;
	private final WeightStore weightStore;
	private final AuditLog audit;

	WeightService(PlanProjects projects, WeightStore weightStore, AuditLog audit) {
		this.projects = projects;
		this.weightStore = weightStore;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	WeightSettings weights(ProvinceCode province) {
		return projects.weights(province);
	}

	void saveDirectWeights(ProvinceCode province, Map<Criterion, BigDecimal> weights) {
		Scoring scoring;
		try {
			scoring = new Scoring(weights);
		}
		catch (IllegalArgumentException wrong) {
			throw new InvalidInputException("actionplan.weights.invalid");
		}
		WeightSettings saved = new WeightSettings("DIRECT", scoring, List.of(), null);
		WeightSettings before = weights(province);
		weightStore.save(province, saved);
		audit.record(new AuditChange("actionplan-weights", province.value(), "updated", province, before, saved));
	}

	WeightSettings saveAhpWeights(ProvinceCode province, double[][] upper) {
		Ahp.Result result;
		try {
			result = Ahp.weigh(Ahp.reciprocal(upper));
		}
		catch (IllegalArgumentException wrong) {
			throw new InvalidInputException("actionplan.weights.judgementRange");
		}
		Criterion[] criteria = Criterion.values();
		Map<Criterion, BigDecimal> weights = new EnumMap<>(Criterion.class);
		for (int i = 0; i < criteria.length; i++) {
			weights.put(criteria[i], BigDecimal.valueOf(result.weights().get(i)));
		}
		List<List<Double>> rows = new ArrayList<>();
		for (double[] row : upper) {
			List<Double> values = new ArrayList<>();
			for (double value : row) {
				values.add(value);
			}
			rows.add(values);
		}
		WeightSettings saved = new WeightSettings("AHP", new Scoring(weights), rows, result.consistencyRatio());
		WeightSettings before = weights(province);
		weightStore.save(province, saved);
		audit.record(new AuditChange("actionplan-weights", province.value(), "updated", province, before, saved));
		return saved;
	}
}
