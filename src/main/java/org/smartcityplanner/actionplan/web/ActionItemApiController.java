package org.smartcityplanner.actionplan.web;

import static org.smartcityplanner.actionplan.web.ActionPlanPages.API;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.actionplan.ActionItem;
import org.smartcityplanner.actionplan.ActionItemStatus;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The adopted fiscal-year action plan as JSON, item by item, with the hand edits made after adoption. Money in
 * requests is decimal baht (at most two decimals); in responses satang.
 */
@RestController
@Tag(name = "Action plan", description = "Budget sources, project budgets, portfolio optimiser and fiscal-year action plan")
class ActionItemApiController {

	private final ActionPlanUseCases actionPlans;

	ActionItemApiController(ActionPlanUseCases actionPlans) {
		this.actionPlans = actionPlans;
	}

	/**
	 * An action plan item change.
	 *
	 * @param funding source code to baht
	 * @param agency responsible agency
	 * @param status status
	 * @param milestones four quarterly milestones
	 * @param version the version read
	 */
	record ItemBody(Map<String, BigDecimal> funding, String agency, ActionItemStatus status, List<String> milestones,
			int version) {
	}

	@GetMapping(API + "/items")
	@Operation(summary = "The adopted action plan, by fiscal year")
	List<ActionItem> items(@PathVariable String provinceCode) {
		return actionPlans.actionItems(ProvinceCode.of(provinceCode));
	}

	@PutMapping(API + "/items/{itemId}")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change an action plan item by hand")
	void updateItem(@PathVariable String provinceCode, @PathVariable long itemId, @RequestBody ItemBody body) {
		Map<String, Baht> funding = new LinkedHashMap<>();
		if (body.funding() != null) {
			body.funding().forEach((source, amount) -> funding.put(source, Baht.checked(amount, "funding." + source)));
		}
		actionPlans.updateActionItem(ProvinceCode.of(provinceCode), itemId, funding, body.agency(),
				body.status() == null ? ActionItemStatus.PLANNED : body.status(),
				body.milestones() == null ? List.of("", "", "", "") : body.milestones(), body.version());
	}

	@DeleteMapping(API + "/items/{itemId}")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an item from the action plan")
	void deleteItem(@PathVariable String provinceCode, @PathVariable long itemId) {
		actionPlans.deleteActionItem(ProvinceCode.of(provinceCode), itemId);
	}
}
