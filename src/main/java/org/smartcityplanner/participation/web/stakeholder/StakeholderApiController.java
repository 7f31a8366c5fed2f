package org.smartcityplanner.participation.web.stakeholder;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.participation.Stakeholder;
import org.smartcityplanner.participation.StakeholderApi;
import org.smartcityplanner.participation.StakeholderDraft;
import org.smartcityplanner.participation.StakeholderRegistered;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.shared.PageOf;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Participation: stakeholders", description = "The stakeholder registry with PDPA consent, withdrawal, "
		+ "personal links and retention")
@PreAuthorize(ParticipationAccess.MANAGERS)
class StakeholderApiController {

	private static final String BASE = "/api/v1/provinces/{provinceCode}/participation/stakeholders";

	private final StakeholderApi registry;

	StakeholderApiController(StakeholderApi registry) {
		this.registry = registry;
	}

	record NewStakeholder(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name, String organisation,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "COMMUNITY_LEADER") String type,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "CIVIL_SOCIETY") String sector,
			String interest, String phone, String email,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the person consented; must be true") boolean consent,
			@Schema(example = "24", description = "1–120 months, 24 when absent") String retentionMonths) {

		StakeholderDraft draft() {
			return new StakeholderDraft(name, organisation, type, sector, interest, phone, email, consent,
					retentionMonths);
		}
	}

	record StakeholderChange(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name, String organisation,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String type,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String sector, String interest, String phone,
			String email, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int version) {
	}

	record Link(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String path) {
	}

	record Registered(Stakeholder stakeholder, Link personalLink) {
	}

	@GetMapping(BASE)
	@PreAuthorize(ParticipationAccess.READERS)
	@Operation(summary = "One page of the registry with each consent's status, and the totals (totalItems, "
			+ "totalPages); contact details only for the province team; 400 naming page or size when out of range")
	PageOf<Stakeholder> list(@Parameter(example = "TH-65") @PathVariable String provinceCode,
			@Parameter(description = "page, from 1 (default 1)") @RequestParam(required = false) Integer page,
			@Parameter(description = "rows per page, 1 to 500 (default 50)") @RequestParam(required = false) Integer size,
			org.springframework.security.core.Authentication who) {
		PageOf<Stakeholder> shown = registry.stakeholders(ProvinceCode.of(provinceCode), Paging.of(page, size));
		boolean team = who.getAuthorities().stream().anyMatch(a -> List.of("ROLE_ADMIN", "ROLE_CONSULTANT",
				"ROLE_COORDINATOR").contains(a.getAuthority()));
		return team ? shown : shown.map(s -> new Stakeholder(s.id(), s.province(), s.name(), s.organisation(),
				s.type(), s.sector(), s.interest(), null, null, s.consentedAt(), s.withdrawnAt(), s.retainedUntil(),
				s.erasedAt(), s.version()));
	}

	@GetMapping(BASE + "/figures")
	@PreAuthorize(ParticipationAccess.READERS)
	@Operation(summary = "Counts: registered, erased, and per type")
	Map<String, Integer> figures(@PathVariable String provinceCode) {
		return registry.figures(ProvinceCode.of(provinceCode));
	}

	@PostMapping(BASE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Registers a stakeholder with consent; answers their personal link once (400 without consent)")
	Registered register(@PathVariable String provinceCode, @RequestBody NewStakeholder stakeholder) {
		StakeholderRegistered registered = registry.register(ProvinceCode.of(provinceCode), stakeholder.draft());
		return new Registered(registered.stakeholder(), new Link("/my-data/" + registered.linkSecret()));
	}

	@PutMapping(BASE + "/{stakeholderId}")
	@Operation(summary = "Changes the details; 409 when someone changed them first, 400 once erased")
	Stakeholder update(@PathVariable String provinceCode, @PathVariable long stakeholderId,
			@RequestBody StakeholderChange change) {
		return registry.update(ProvinceCode.of(provinceCode), stakeholderId, new StakeholderDraft(change.name(),
				change.organisation(), change.type(), change.sector(), change.interest(), change.phone(),
				change.email(), true, null), change.version());
	}

	@PostMapping(BASE + "/{stakeholderId}/withdrawal")
	@Operation(summary = "Records a withdrawal of consent received on paper or by phone")
	Stakeholder withdraw(@PathVariable String provinceCode, @PathVariable long stakeholderId) {
		return registry.recordWithdrawal(ProvinceCode.of(provinceCode), stakeholderId);
	}

	@PostMapping(BASE + "/{stakeholderId}/link")
	@Operation(summary = "A new personal link; the old one stops working")
	Link link(@PathVariable String provinceCode, @PathVariable long stakeholderId) {
		return new Link("/my-data/" + registry.renewLink(ProvinceCode.of(provinceCode), stakeholderId));
	}
}
