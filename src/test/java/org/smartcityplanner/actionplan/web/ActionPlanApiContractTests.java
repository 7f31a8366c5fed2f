package org.smartcityplanner.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.TreeMap;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.testing.WebTestSupport;

/**
 * The action plan's REST API as clients see it in the OpenAPI document: every URL and method, with its summary and
 * tag. It guards the split of the API over several controllers; a route that moves, disappears or loses its
 * documentation fails here.
 */
class ActionPlanApiContractTests extends WebTestSupport {

	static final String BASE = "/api/v1/provinces/{provinceCode}/actionplan";

	@Test
	void documentsEveryActionPlanRouteUnderOneTag() throws Exception {
		String document = mvc.perform(get("/api/openapi")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(document, "$.paths");

		Map<String, String> summaries = new TreeMap<>();
		paths.forEach((path, operations) -> {
			if (path.startsWith(BASE) || path.startsWith("/api/v1/budget-sources")) {
				operations.forEach((method, operation) -> {
					summaries.put(method.toUpperCase() + " " + path, String.valueOf(operation.get("summary")));
					assertThat(operation.get("tags")).asString().contains("Action plan");
				});
			}
		});

		assertThat(summaries).containsExactlyInAnyOrderEntriesOf(expected());
	}

	@Test
	void marksTheRequiredFieldsOfABallotRequest() throws Exception {
		String document = mvc.perform(get("/api/openapi")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		java.util.List<String> required = JsonPath.read(document, "$.components.schemas.PlanBallotBody.required");
		assertThat(required).containsExactlyInAnyOrder("title", "kind", "projectIds");
	}

	private static Map<String, String> expected() {
		Map<String, String> routes = new TreeMap<>();
		routes.put("GET /api/v1/budget-sources", "Every budget source with its editable rules");
		routes.put("PUT /api/v1/budget-sources/{code}", "Replace a source's rules (admins)");
		routes.put("GET " + BASE + "/projects", "The plan's projects with budgets, settings and scores");
		routes.put("PUT " + BASE + "/projects/{projectId}/budget",
				"Replace a project's budget lines and funding split (baht); refused when the split does not add up or "
						+ "breaks a source's rule (eligibility, multi-year, cap, co-funding), naming the rule");
		routes.put("PUT " + BASE + "/projects/{projectId}/settings",
				"Replace a project's type and optimiser settings; refused on a dependency cycle");
		routes.put("PUT " + BASE + "/projects/{projectId}/scores", "Replace a project's criterion scores (0–10)");
		routes.put("GET " + BASE + "/weights", "Criterion weights and how they were set");
		routes.put("PUT " + BASE + "/weights", "Set weights directly");
		routes.put("PUT " + BASE + "/weights/ahp",
				"Derive weights from AHP judgements (upper triangle); the answer has the consistency ratio");
		routes.put("GET " + BASE + "/projects/{projectId}/proposals/{sourceCode}",
				"A project's proposal to one source with its completeness");
		routes.put("PUT " + BASE + "/projects/{projectId}/proposals/{sourceCode}",
				"Save the typed fields of a proposal form");
		routes.put("POST " + BASE + "/projects/{projectId}/proposals/{sourceCode}/ready",
				"Mark a proposal ready to submit (refused while incomplete) or take the mark back");
		routes.put("GET " + BASE + "/envelopes", "Envelopes: source code to fiscal year to amount");
		routes.put("PUT " + BASE + "/envelopes", "Replace the given envelopes (baht; null removes one)");
		routes.put("GET " + BASE + "/minimums", "Minimums per dimension or target area");
		routes.put("POST " + BASE + "/minimums", "Add a minimum");
		routes.put("DELETE " + BASE + "/minimums/{id}", "Delete a minimum");
		routes.put("POST " + BASE + "/runs",
				"Queue an optimiser run (or a what-if of an earlier run); poll the Location until it is DONE");
		routes.put("GET " + BASE + "/runs", "The province's runs, newest first, without details");
		routes.put("GET " + BASE + "/runs/{runId}",
				"One run with its inputs, result, explanations and the greedy baseline");
		routes.put("POST " + BASE + "/runs/{runId}/adopt",
				"Adopt a run's portfolio as the fiscal-year action plans (refused without a portfolio)");
		routes.put("GET " + BASE + "/items", "The adopted action plan, by fiscal year");
		routes.put("PUT " + BASE + "/items/{itemId}", "Change an action plan item by hand");
		routes.put("DELETE " + BASE + "/items/{itemId}", "Remove an item from the action plan");
		routes.put("POST " + BASE + "/ballots",
				"Put plan projects to a participatory-budgeting vote; participation creates the ballot");
		routes.put("GET " + BASE + "/ballots", "The ballots the action plan opened, newest first");
		routes.put("GET " + BASE + "/public-support",
				"Each project's public-support score with the ballot it came from, by project id");
		return routes;
	}
}
