package org.smartcityplanner.actionplan.internal.solver;

import java.time.Duration;

import com.google.ortools.init.OrToolsVersion;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;

/**
 * SCIP through the OR-Tools MIP interface (single-threaded), on the scaled model of {@link MpModel}. Splittable
 * money variables are continuous here, so its answer may split funding in fractions of a unit; its bound stays
 * valid (a relaxation).
 */
final class ScipEngine implements Engine {

	/**
	 * At most five rounds of cuts at the root (SCIP's default: until they stall), on models small enough to be
	 * proven optimal in the time limit. There the cuts after the first few rounds barely move the bound, while they
	 * delay the first portfolio and the branching: measured on the same shared machine at the same load, a
	 * 36-project what-if with share minimums was proven optimal in 0.8 s instead of 3.3 s, 100-candidate benchmark
	 * instances in 6.8 and 3.4 s instead of 10.2 and 7.2 s. Larger models keep the default: their search stops at
	 * the limit, and the gap shown is made of the bound those cuts tighten.
	 */
	static final String ROOT_CUT_ROUNDS = "separating/maxroundsroot = 5";

	/** Up to this many 0/1 variables (about 300 candidates) the root cuts are limited. */
	static final int SMALL_MODEL = 600;

	@Override
	public String name() {
		return "SCIP";
	}

	@Override
	public String version() {
		MPSolver solver = MPSolver.createSolver("SCIP");
		try {
			return solver == null ? "unavailable" : solver.solverVersion() + " (OR-Tools "
					+ OrToolsVersion.getVersionString() + ")";
		}
		finally {
			if (solver != null) {
				solver.delete();
			}
		}
	}

	@Override
	public Outcome solve(LinearModel model, long[] hint, Duration timeLimit, long seed, int threads,
			double relativeGapLimit) {
		MPSolver solver = MPSolver.createSolver("SCIP");
		if (solver == null) {
			return Outcome.failed("SCIP is not available in this OR-Tools build");
		}
		try {
			return solve(solver, model, hint, timeLimit, seed, relativeGapLimit);
		}
		finally {
			solver.delete();
		}
	}

	private Outcome solve(MPSolver solver, LinearModel model, long[] hint, Duration timeLimit, long seed,
			double relativeGapLimit) {
		long started = System.nanoTime();
		// money continuous and in scaled units during the search: far fewer integer variables to branch on and
		// numbers floating point can handle; the optimiser restores whole units afterwards with the selection fixed
		var mp = new MpModel(solver, model, true);
		boolean hasObjective = false;
		for (int v = 0; v < model.variableCount() && !hasObjective; v++) {
			hasObjective = model.objective(v) != 0;
		}
		if (hint != null) {
			mp.hint(hint);
		}
		solver.setTimeLimit(Math.round(1000 * CpSatEngine.remainingSeconds(timeLimit, started)));
		solver.setSolverSpecificParametersAsString("randomization/randomseedshift = " + Math.floorMod(seed, 1 << 30)
				+ "\n" + (integerVariables(model) <= SMALL_MODEL ? ROOT_CUT_ROUNDS + "\n" : ""));
		var parameters = new MPSolverParameters();
		parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, relativeGapLimit);
		MPSolver.ResultStatus status = solver.solve(parameters);
		return switch (status) {
			case OPTIMAL, FEASIBLE -> {
				long[] values = mp.roundedValues();
				boolean proven = status == MPSolver.ResultStatus.OPTIMAL && relativeGapLimit == 0 || !hasObjective;
				double bound = hasObjective ? solver.objective().bestBound() : 0;
				yield new Outcome(proven ? Outcome.Kind.OPTIMAL : Outcome.Kind.FEASIBLE, values, bound, status.name());
			}
			case INFEASIBLE -> new Outcome(Outcome.Kind.INFEASIBLE, null, Double.NaN, status.name());
			case NOT_SOLVED -> new Outcome(Outcome.Kind.UNKNOWN, null, Double.NaN, status.name());
			default -> Outcome.failed(status.name());
		};
	}

	private static int integerVariables(LinearModel model) {
		int count = 0;
		for (int v = 0; v < model.variableCount(); v++) {
			if (!model.splittable(v)) {
				count++;
			}
		}
		return count;
	}
}
