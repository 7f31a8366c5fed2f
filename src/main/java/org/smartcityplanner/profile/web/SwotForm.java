package org.smartcityplanner.profile.web;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.smartcityplanner.profile.Swot;
import org.smartcityplanner.profile.SwotLists;
import org.smartcityplanner.profile.domain.SwotRules;
import org.springframework.validation.BindingResult;

/**
 * The four SWOT lists as text boxes, one item per line.
 */
class SwotForm {

	/** Generous for 20 items of 300 characters; the per-item rules give the precise message. */
	private static final int MAX_CHARS = 10_000;

	@Size(max = MAX_CHARS, message = "{validation.tooLong}")
	private String strengths = "";
	@Size(max = MAX_CHARS, message = "{validation.tooLong}")
	private String weaknesses = "";
	@Size(max = MAX_CHARS, message = "{validation.tooLong}")
	private String opportunities = "";
	@Size(max = MAX_CHARS, message = "{validation.tooLong}")
	private String threats = "";
	private Integer version;

	static SwotForm of(Swot swot) {
		SwotForm form = new SwotForm();
		form.strengths = String.join("\n", swot.lists().strengths());
		form.weaknesses = String.join("\n", swot.lists().weaknesses());
		form.opportunities = String.join("\n", swot.lists().opportunities());
		form.threats = String.join("\n", swot.lists().threats());
		form.version = swot.version();
		return form;
	}

	SwotLists lists() {
		return new SwotLists(SwotRules.items(strengths), SwotRules.items(weaknesses), SwotRules.items(opportunities),
				SwotRules.items(threats));
	}

	/** Marks each list with too many or too long items. */
	void check(BindingResult errors) {
		SwotLists lists = lists();
		check("strengths", lists.strengths(), errors);
		check("weaknesses", lists.weaknesses(), errors);
		check("opportunities", lists.opportunities(), errors);
		check("threats", lists.threats(), errors);
	}

	private static void check(String field, List<String> items, BindingResult errors) {
		SwotRules.Problem problem = SwotRules.problemOf(items);
		if (problem != null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, problem.messageKey(), problem.args().toArray(), null);
		}
	}

	public String getStrengths() {
		return strengths;
	}

	public void setStrengths(String strengths) {
		this.strengths = strengths;
	}

	public String getWeaknesses() {
		return weaknesses;
	}

	public void setWeaknesses(String weaknesses) {
		this.weaknesses = weaknesses;
	}

	public String getOpportunities() {
		return opportunities;
	}

	public void setOpportunities(String opportunities) {
		this.opportunities = opportunities;
	}

	public String getThreats() {
		return threats;
	}

	public void setThreats(String threats) {
		this.threats = threats;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}
}
