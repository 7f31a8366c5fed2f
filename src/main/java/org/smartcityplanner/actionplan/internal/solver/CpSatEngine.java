package org.smartcityplanner.actionplan.internal.solver;

import java.time.Duration;

import com.google.ortools.init.OrToolsVersion;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;

/** Google OR-Tools CP-SAT. */
final class CpSatEngine implements Engine {

	@Override
	public String name() {
		return "CP-SAT";
	}

	@Override
	public String version() {
		return OrToolsVersion.getVersionString();
	}

	@Override
	public Outcome solve(LinearModel model, long[] hint, Duration timeLimit, long seed, int threads,
			double relativeGapLimit) {
		long started = System.nanoTime();
		var cp = new CpModel();
		int n = model.variableCount();
		IntVar[] vars = new IntVar[n];
		long[] objective = new long[n];
		boolean hasObjective = false;
		for (int v = 0; v < n; v++) {
			vars[v] = cp.newIntVar(model.lowerBound(v), model.upperBound(v), "v" + v);
			objective[v] = model.objective(v);
			hasObjective |= objective[v] != 0;
		}
		for (LinearModel.Row row : model.rows()) {
			IntVar[] rowVars = new IntVar[row.variables().length];
			for (int i = 0; i < rowVars.length; i++) {
				rowVars[i] = vars[row.variables()[i]];
			}
			long lower = row.lower() == LinearModel.NONE ? Long.MIN_VALUE : row.lower();
			long upper = row.upper() == LinearModel.NONE ? Long.MAX_VALUE : row.upper();
			cp.addLinearConstraint(LinearExpr.weightedSum(rowVars, row.coefficients()), lower, upper);
		}
		if (hasObjective) {
			cp.maximize(LinearExpr.weightedSum(vars, objective));
		}
		if (hint != null) {
			for (int v = 0; v < n; v++) {
				cp.addHint(vars[v], hint[v]);
			}
		}
		var solver = new CpSolver();
		solver.getParameters()
			.setMaxTimeInSeconds(remainingSeconds(timeLimit, started))
			.setRandomSeed((int) seed)
			.setRelativeGapLimit(relativeGapLimit);
		if (threads > 0) {
			solver.getParameters().setNumWorkers(threads);
		}
		CpSolverStatus status = solver.solve(cp);
		return switch (status) {
			case OPTIMAL, FEASIBLE -> {
				long[] values = new long[n];
				for (int v = 0; v < n; v++) {
					values[v] = solver.value(vars[v]);
				}
				// CP-SAT also says OPTIMAL when it stops at a relative gap limit
				boolean proven = status == CpSolverStatus.OPTIMAL && relativeGapLimit == 0 || !hasObjective;
				yield new Outcome(proven ? Outcome.Kind.OPTIMAL : Outcome.Kind.FEASIBLE, values,
						hasObjective ? solver.bestObjectiveBound() : 0, status.name());
			}
			case INFEASIBLE -> new Outcome(Outcome.Kind.INFEASIBLE, null, Double.NaN, status.name());
			case UNKNOWN -> new Outcome(Outcome.Kind.UNKNOWN, null, Double.NaN, status.name());
			default -> Outcome.failed(status.name() + " " + cp.validate());
		};
	}

	/** What is left of the limit after building the model (at least 0.1 s, so a solution can still be read). */
	static double remainingSeconds(Duration timeLimit, long startedNanos) {
		double left = (timeLimit.toNanos() - (System.nanoTime() - startedNanos)) / 1e9;
		return Math.max(0.1, left);
	}
}
