package org.smartcityplanner.actionplan.internal.solver;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.ortools.linearsolver.MPSolver;

/**
 * A fast start for large problems: solves the linear relaxation with GLOP (seconds where a MIP engine's own root
 * takes much longer on a busy machine), keeps its value as an upper bound, fixes every candidate the relaxation
 * selects fully or not at all, and lets the engine decide only the fractional few (a relaxation-induced
 * neighbourhood). The portfolio found is a strong starting hint and a fallback answer.
 */
final class LpGuide {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LpGuide.class);

	/** The relaxation's bound (in score thousandths) and the neighbourhood's best portfolio, if any. */
	record Guide(double bound, Optional<long[]> values, PortfolioFormulation neighbourhood) {
	}

	private LpGuide() {
	}

	/**
	 * @param neighbourhoodLimit zero for the bound alone
	 * @return empty when the relaxation could not be solved in time (the caller carries on without a guide)
	 */
	static Optional<Guide> run(PortfolioFormulation formulation, Engine engine, Duration lpLimit,
			Duration neighbourhoodLimit, long seed) {
		LinearModel model = formulation.model();
		OrToolsNatives.load();
		MPSolver lp = MPSolver.createSolver("GLOP");
		if (lp == null) {
			return Optional.empty();
		}
		try {
			var relaxation = new MpModel(lp, model, false);
			lp.setTimeLimit(Math.max(1, lpLimit.toMillis()));
			long t0 = System.nanoTime();
			var status = lp.solve();
			log.debug("Linear relaxation {} in {} ms (limit {} ms)", status, (System.nanoTime() - t0) / 1_000_000,
					lpLimit.toMillis());
			if (status != MPSolver.ResultStatus.OPTIMAL) {
				return Optional.empty();
			}
			double[] values = relaxation.values();
			// the objective is integral: a tiny relative margin keeps the bound valid despite LP tolerances
			double bound = Math.floor(lp.objective().value() * (1 + 1e-9) + 1e-6);
			Map<String, Integer> fullyIn = formulation.roundedStarts(values);
			Set<String> out = new HashSet<>();
			formulation.selectionWeights(values).forEach((id, weight) -> {
				if (weight < 1e-6) {
					out.add(id);
				}
			});
			var neighbourhood = formulation.restricted(fullyIn, out);
			if (neighbourhoodLimit.isZero()) {
				return Optional.of(new Guide(bound, Optional.empty(), neighbourhood));
			}
			long t1 = System.nanoTime();
			Engine.Outcome outcome = engine.solve(neighbourhood.model(), null, neighbourhoodLimit, seed, 0, 0);
			log.debug("Neighbourhood with {} fixed in, {} fixed out: {} in {} ms (limit {} ms)", fullyIn.size(),
					out.size(), outcome.kind(), (System.nanoTime() - t1) / 1_000_000, neighbourhoodLimit.toMillis());
			return Optional.of(new Guide(bound, Optional.ofNullable(outcome.values()), neighbourhood));
		}
		finally {
			lp.delete();
		}
	}
}
