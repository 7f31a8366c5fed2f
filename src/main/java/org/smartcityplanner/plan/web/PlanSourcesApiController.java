package org.smartcityplanner.plan.web;

import static org.smartcityplanner.plan.web.PlanController.EDITORS;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.participation.ParticipationInput;
import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.internal.PlanItemSources;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the people said that shaped a plan item, over the API: the same links as the item's sources page, with
 * the same rules (editors only, while the plan is editable; only the province's own resolutions and findings).
 */
@RestController
@Tag(name = "Master plan", description = "A province's Smart City Master Plan")
class PlanSourcesApiController {

	private final PlanItemSources sources;
	private final PlanUseCases plans;

	PlanSourcesApiController(PlanItemSources sources, PlanUseCases plans) {
		this.sources = sources;
		this.plans = plans;
	}

	/**
	 * A resolution or survey finding linked to (or linkable to) a plan item.
	 *
	 * @param ref the input's reference, e.g. {@code participation.resolution:42}
	 * @param origin the meeting or survey it came from
	 * @param text what was resolved or found
	 * @param date when the meeting was held or the survey closed
	 * @param path the page that shows it
	 */
	record Source(String ref, String origin, String text, LocalDate date, String path) {

		static Source of(ParticipationInput input) {
			return new Source(input.ref().toString(), input.origin(), input.text(), input.date(), input.path());
		}
	}

	/** @param ref the input to link, e.g. {@code participation.resolution:42} */
	record NewLink(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String ref) {
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/plan/items/{itemId}/sources")
	@Operation(summary = "The resolutions and survey findings that shaped a plan item")
	List<Source> sources(@PathVariable String provinceCode, @PathVariable String itemId) {
		requireItem(provinceCode, itemId);
		return sources.of(ProvinceCode.of(provinceCode), new ItemId(itemId)).stream()
			.map(source -> Source.of(source.input())).toList();
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/plan/items/{itemId}/sources/linkable")
	@Operation(summary = "The province's resolutions and survey findings not yet linked to this item")
	List<Source> linkable(@PathVariable String provinceCode, @PathVariable String itemId) {
		requireItem(provinceCode, itemId);
		return sources.linkable(ProvinceCode.of(provinceCode), new ItemId(itemId)).stream().map(Source::of).toList();
	}

	@PostMapping("/api/v1/provinces/{provinceCode}/plan/items/{itemId}/sources")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Link a resolution or survey finding of the province to a plan item")
	Source link(@PathVariable String provinceCode, @PathVariable String itemId, @RequestBody NewLink link) {
		requireItem(provinceCode, itemId);
		if (link.ref() == null || link.ref().isBlank()) {
			throw new InvalidInputException("api.fieldRequired", "ref");
		}
		return Source.of(sources.link(ProvinceCode.of(provinceCode), new ItemId(itemId), ResourceRef.parse(link.ref()))
			.input());
	}

	@DeleteMapping("/api/v1/provinces/{provinceCode}/plan/items/{itemId}/sources/{ref}")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a link; 404 when the item had no such link")
	void unlink(@PathVariable String provinceCode, @PathVariable String itemId, @PathVariable String ref) {
		requireItem(provinceCode, itemId);
		if (!sources.unlink(ProvinceCode.of(provinceCode), new ItemId(itemId), ResourceRef.parse(ref))) {
			throw PlanWeb.notFound();
		}
	}

	/** 404 unless the province has a plan holding this item. */
	private void requireItem(String provinceCode, String itemId) {
		LoadedPlan plan = plans.plan(ProvinceCode.of(provinceCode)).orElseThrow(PlanWeb::notFound);
		PlanPageSupport.itemLabel(plan, itemId);
	}
}
