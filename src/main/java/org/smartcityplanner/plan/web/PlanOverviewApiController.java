package org.smartcityplanner.plan.web;

import static org.smartcityplanner.plan.web.PlanController.EDITORS;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.plan.PlanHeader;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.PlanPeriod;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plan's own fields as JSON: title (Thai and English), period, vision and missions — what the overview page
 * edits, without sending the whole plan back as an import.
 */
@RestController
@Tag(name = "Master plan")
class PlanOverviewApiController {

	private static final int LONGEST_TEXT = 20000;

	private final PlanUseCases plans;

	PlanOverviewApiController(PlanUseCases plans) {
		this.plans = plans;
	}

	/**
	 * The overview of a plan.
	 *
	 * @param title the plan title (Thai)
	 * @param titleEn the title in English for the English book; empty when not translated (the English book then
	 *        prints the Thai title marked as not translated)
	 * @param firstYear first fiscal year (B.E.)
	 * @param lastYear last fiscal year (B.E.)
	 * @param vision the vision statement
	 * @param missions one mission per entry
	 * @param version the version of the plan's own fields: send it back with a change (409 when stale)
	 */
	record Overview(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000) String title,
			@Schema(maxLength = 1000, example = "Phitsanulok Smart City Master Plan 2027-2031") String titleEn,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2570") Integer firstYear,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2574") Integer lastYear,
			@Schema(maxLength = LONGEST_TEXT) String vision, List<String> missions,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/plan/overview")
	@Operation(summary = "The plan's title (Thai and English), period, vision and missions")
	Overview overview(@PathVariable String provinceCode) {
		PlanHeader header = plans.plan(ProvinceCode.of(provinceCode)).orElseThrow(PlanWeb::notFound).header();
		return new Overview(header.title(), header.titleEn(), header.period().first().buddhistYear(),
				header.period().last().buddhistYear(), header.vision(), header.missions(), header.version());
	}

	@PutMapping("/api/v1/provinces/{provinceCode}/plan/overview")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change the plan's title (Thai and English), period, vision and missions")
	void updateOverview(@PathVariable String provinceCode, @RequestBody Overview body) {
		String title = required(body.title(), "title");
		String titleEn = body.titleEn() == null ? "" : body.titleEn();
		if (title.length() > 1000 || titleEn.length() > 1000) {
			throw new InvalidInputException("api.fieldTooLong", title.length() > 1000 ? "title" : "titleEn", 1000);
		}
		String vision = body.vision() == null ? "" : body.vision();
		if (vision.length() > LONGEST_TEXT) {
			throw new InvalidInputException("api.fieldTooLong", "vision", LONGEST_TEXT);
		}
		if (body.version() == null) {
			throw new InvalidInputException("api.fieldRequired", "version");
		}
		plans.updateOverview(ProvinceCode.of(provinceCode), body.version(), title, titleEn, period(body), vision,
				body.missions() == null ? List.of() : body.missions().stream().map(String::strip)
					.filter(mission -> !mission.isEmpty()).toList());
	}

	private static PlanPeriod period(Overview body) {
		FiscalYear first = year(body.firstYear(), "firstYear");
		FiscalYear last = year(body.lastYear(), "lastYear");
		if (last.compareTo(first) < 0) {
			throw new InvalidInputException("api.fieldInvalid", "lastYear");
		}
		try {
			return new PlanPeriod(first, last);
		}
		catch (IllegalArgumentException tooLong) {
			throw new InvalidInputException("api.fieldInvalid", "lastYear");
		}
	}

	private static FiscalYear year(Integer year, String field) {
		if (year == null) {
			throw new InvalidInputException("api.fieldRequired", field);
		}
		if (year < 2560 || year > 2700) {
			throw new InvalidInputException("api.fieldInvalid", field);
		}
		return new FiscalYear(year);
	}

	private static String required(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("api.fieldRequired", field);
		}
		return text.strip();
	}
}
