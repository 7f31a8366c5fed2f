package org.smartcityplanner.engagement.internal.pool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;

import org.smartcityplanner.engagement.domain.matching.Candidate;
import org.smartcityplanner.engagement.domain.matching.Need;
import org.smartcityplanner.engagement.domain.matching.TeamChoice;
import org.smartcityplanner.engagement.domain.matching.TeamMatcher;
import org.smartcityplanner.engagement.domain.matching.TeamRequest;
import org.smartcityplanner.engagement.domain.matching.TeamRules;

/**
 * The team as a CP-SAT model: one boolean per eligible consultant, exactly {@code size} of them, at least one
 * senior, at least one per need, minimising the summed cost. Answers {@code FAILED} on any solver trouble so the
 * caller can fall back to the greedy matcher.
 */
public final class CpSatTeamMatcher implements TeamMatcher {

	public static final String NAME = "CP-SAT";

	private static volatile boolean nativesLoaded;

	private final Duration timeLimit;

	public CpSatTeamMatcher(Duration timeLimit) {
		this.timeLimit = timeLimit;
	}

	@Override
	public TeamChoice choose(TeamRequest request) {
		try {
			return solve(request);
		}
		catch (RuntimeException | LinkageError failure) {
			return TeamChoice.none(TeamChoice.Status.FAILED, NAME);
		}
	}

	private TeamChoice solve(TeamRequest request) {
		loadNatives();
		List<Candidate> eligible = request.eligibleCandidates();
		CpModel model = new CpModel();
		BoolVar[] chosen = new BoolVar[eligible.size()];
		long[] costs = new long[eligible.size()];
		List<BoolVar> seniors = new ArrayList<>();
		for (int i = 0; i < chosen.length; i++) {
			chosen[i] = model.newBoolVar("c" + eligible.get(i).id());
			costs[i] = request.cost(eligible.get(i));
			if (eligible.get(i).senior()) {
				seniors.add(chosen[i]);
			}
		}
		model.addEquality(LinearExpr.sum(chosen), request.size());
		model.addGreaterOrEqual(LinearExpr.sum(seniors.toArray(BoolVar[]::new)), 1);
		for (Need need : request.needs()) {
			List<BoolVar> covering = new ArrayList<>();
			for (int i = 0; i < chosen.length; i++) {
				if (eligible.get(i).covers().contains(need)) {
					covering.add(chosen[i]);
				}
			}
			model.addGreaterOrEqual(LinearExpr.sum(covering.toArray(BoolVar[]::new)), 1);
		}
		model.minimize(LinearExpr.weightedSum(chosen, costs));
		CpSolver solver = new CpSolver();
		solver.getParameters().setMaxTimeInSeconds(timeLimit.toMillis() / 1000.0).setNumWorkers(1).setRandomSeed(1);
		CpSolverStatus status = solver.solve(model);
		return switch (status) {
			case OPTIMAL, FEASIBLE -> {
				List<Long> team = new ArrayList<>();
				for (int i = 0; i < chosen.length; i++) {
					if (solver.booleanValue(chosen[i])) {
						team.add(eligible.get(i).id());
					}
				}
				yield new TeamChoice(status == CpSolverStatus.OPTIMAL ? TeamChoice.Status.OPTIMAL
						: TeamChoice.Status.FEASIBLE, team, TeamRules.cost(request, team), NAME);
			}
			case INFEASIBLE -> TeamChoice.none(TeamChoice.Status.NO_TEAM, NAME);
			default -> TeamChoice.none(TeamChoice.Status.FAILED, NAME);
		};
	}

	private static void loadNatives() {
		if (!nativesLoaded) {
			synchronized (CpSatTeamMatcher.class) {
				if (!nativesLoaded) {
					Loader.loadNativeLibraries();
					nativesLoaded = true;
				}
			}
		}
	}
}
