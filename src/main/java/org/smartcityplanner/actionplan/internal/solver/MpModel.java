package org.smartcityplanner.actionplan.internal.solver;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * A {@link LinearModel} in an OR-Tools floating-point solver (SCIP, GLOP), in scaled units: money variables divided
 * by the model's money scale, money rows by their floating divisor (see {@link LinearModel}). Values read back are
 * in the model's own units again.
 */
final class MpModel {

	private final LinearModel model;
	private final MPSolver solver;
	private final MPVariable[] vars;

	/**
	 * @param integers whether selection variables are integer (a MIP) or continuous (the linear relaxation); money
	 *        variables are continuous either way
	 */
	MpModel(MPSolver solver, LinearModel model, boolean integers) {
		this.model = model;
		this.solver = solver;
		int n = model.variableCount();
		this.vars = new MPVariable[n];
		for (int v = 0; v < n; v++) {
			double scale = scale(v);
			double lower = model.lowerBound(v) / scale;
			double upper = model.upperBound(v) / scale;
			vars[v] = integers && !model.splittable(v) ? solver.makeIntVar(lower, upper, "v" + v)
					: solver.makeNumVar(lower, upper, "v" + v);
			if (model.objective(v) != 0) {
				solver.objective().setCoefficient(vars[v], model.objective(v) * scale);
			}
		}
		for (LinearModel.Row row : model.rows()) {
			double divisor = row.floatingDivisor();
			MPConstraint constraint = solver.makeConstraint(
					row.lower() == LinearModel.NONE ? Double.NEGATIVE_INFINITY : row.lower() / divisor,
					row.upper() == LinearModel.NONE ? Double.POSITIVE_INFINITY : row.upper() / divisor);
			for (int i = 0; i < row.variables().length; i++) {
				int v = row.variables()[i];
				constraint.setCoefficient(vars[v], row.coefficients()[i] * scale(v) / divisor);
			}
		}
		solver.objective().setMaximization();
	}

	/** Starts the search from these values (in model units). */
	void hint(long[] values) {
		double[] scaled = new double[values.length];
		for (int v = 0; v < values.length; v++) {
			scaled[v] = values[v] / scale(v);
		}
		solver.setHint(vars, scaled);
	}

	/** The solution's values in model units, unrounded. */
	double[] values() {
		double[] values = new double[vars.length];
		for (int v = 0; v < vars.length; v++) {
			values[v] = vars[v].solutionValue() * scale(v);
		}
		return values;
	}

	/** The solution's values in whole model units (money rounded; the optimiser repairs what rounding broke). */
	long[] roundedValues() {
		double[] values = values();
		long[] rounded = new long[values.length];
		for (int v = 0; v < values.length; v++) {
			rounded[v] = Math.round(values[v]);
		}
		return rounded;
	}

	private double scale(int v) {
		return model.splittable(v) ? model.moneyScale() : 1;
	}
}
