package org.smartcityplanner.actionplan.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.RunInputs;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioChecker;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioResult;
import org.smartcityplanner.actionplan.optimiser.model.SelectedProject;
import org.smartcityplanner.actionplan.optimiser.model.SolverOptions;

/**
 * Regression (issue 16): the saved inputs of a run with minimum cost shares per dimension, co-funding, caps and
 * fixed splits (61 candidates), on which the optimiser stopped at FEASIBLE 186.81 after 20 s and after 60 s
 * although a portfolio of 233.50 exists (found by an independent MILP model, kept in the case file).
 */
class ShareMinimumsRegressionTests {

	private static final ObjectMapper JSON = JsonMapper.builder()
		.findAndAddModules()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	@Test
	void theKnownPortfolioIsValid() throws IOException {
		JsonNode root = caseFile();
		PortfolioProblem problem = problem(root);
		List<SelectedProject> known = List.of(JSON.treeToValue(root.get("glpkPortfolio"), SelectedProject[].class));

		assertThat(PortfolioChecker.violations(problem, known)).isEmpty();
	}

	@Test
	void reachesTheKnownPortfolioWithinTheDefaultLimit() throws IOException {
		JsonNode root = caseFile();
		PortfolioProblem problem = problem(root).withOptions(SolverOptions.defaults());

		PortfolioResult result = new OrToolsPortfolioOptimiser().optimise(problem);

		assertThat(result.objective()).isGreaterThanOrEqualTo(new BigDecimal(root.get("knownFeasibleObjective").asText()));
		assertThat(PortfolioChecker.violations(problem, result.selected())).isEmpty();
	}

	private static PortfolioProblem problem(JsonNode root) throws IOException {
		return JSON.treeToValue(root.get("inputs"), RunInputs.class).problem();
	}

	private static JsonNode caseFile() throws IOException {
		try (InputStream in = ShareMinimumsRegressionTests.class.getResourceAsStream("/cases/optimiser/share-minimums-61.json")) {
			return JSON.readTree(in);
		}
	}
}
