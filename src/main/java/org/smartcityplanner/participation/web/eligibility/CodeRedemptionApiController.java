package org.smartcityplanner.participation.web.eligibility;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.eligibility.ParticipationCodeService;
import org.smartcityplanner.participation.web.survey.ApiProblems;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The code page over the API: a client redeems a one-time participation code and its session then takes part
 * under the code (proposes, supports, comments, answers) exactly as a browser that typed the code does. The same
 * guard as the page, under the same form name, so guessing codes through the API counts against the same limit.
 */
@RestController
@Tag(name = "Public participation codes", description = "Redeem a one-time participation code (no account)")
class CodeRedemptionApiController {

	private static final String BASE = "/api/v1/public/{code}/participation-codes";

	private final ParticipationCodeService codes;
	private final PublicParticipants participants;
	private final PublicFormGuard guard;
	private final ReferenceApi reference;
	private final ApiProblems problems;
	private final Clock clock;

	CodeRedemptionApiController(ParticipationCodeService codes, PublicParticipants participants, PublicFormGuard guard,
			ReferenceApi reference, ApiProblems problems, Clock clock) {
		this.codes = codes;
		this.participants = participants;
		this.guard = guard;
		this.reference = reference;
		this.clock = clock;
		this.problems = problems;
	}

	@Schema(name = "CodeRedemptionForm")
	record Form(@Schema(requiredMode = REQUIRED, description = "send it back with the code, a few seconds later")
	String stamp) {
	}

	@Schema(name = "CodeRedemptionRequest")
	record Redeem(@Schema(requiredMode = REQUIRED, maxLength = 40, description = "the code as printed on the slip; "
			+ "dashes, spaces and small letters are fine") String participationCode,
			@Schema(requiredMode = REQUIRED, description = "from the redemption form") String stamp,
			@Schema(description = "leave empty (a field only bots fill)") String website) {
	}

	@Schema(name = "CodeRedemption")
	record Redeemed(@Schema(requiredMode = REQUIRED, allowableValues = "REDEEMED") String outcome,
			@Schema(requiredMode = REQUIRED, description = "the province the code is for") String province) {
	}

	@GetMapping(BASE + "/redemption-form")
	@SecurityRequirements
	@Operation(summary = "The stamp to redeem a participation code with, as the code page's form carries it; 404 for "
			+ "no such province")
	Form form(@PathVariable String code) {
		province(code);
		return new Form(guard.formStamp(CodeEntryController.FORM, clock.instant()));
	}

	@PostMapping(value = BASE + "/redemptions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirements
	@Operation(summary = "Redeems a one-time participation code: 201, and the session cookie this answer sets takes part "
			+ "under the code in every later call that sends it (ideas, supports, comments); 422 naming participationCode (not a code, unknown, used, withdrawn, another province's) or stamp "
			+ "(sent too fast, stale); 429 too many attempts from this address; 404 no such province")
	ResponseEntity<?> redeem(@PathVariable String code, @RequestBody Redeem body, HttpServletRequest request) {
		ProvinceCode province = province(code);
		PublicFormGuard.Verdict verdict = guard.judge(CodeEntryController.FORM, request.getRemoteAddr(),
				body.website(), body.stamp());
		switch (verdict) {
			case RATE_LIMITED -> {
				return problems.of(HttpStatus.TOO_MANY_REQUESTS, List.of(Problem.of(null,
						"participation.codes.enter.rateLimited", PublicFormGuard.WINDOW_MINUTES)));
			}
			case BOT -> {
				return problems.of(HttpStatus.UNPROCESSABLE_ENTITY,
						List.of(Problem.of("website", "participation.survey.public.refused")));
			}
			case TOO_FAST_OR_STALE -> {
				return problems.of(HttpStatus.UNPROCESSABLE_ENTITY,
						List.of(Problem.of("stamp", "participation.survey.public.tooFast")));
			}
			case PASS -> {
				// a person: go on
			}
		}
		ParticipationCodeService.Redemption redemption = codes.redeem(province, body.participationCode());
		if (redemption.outcome() != ParticipationCodeService.Outcome.REDEEMED) {
			return problems.of(HttpStatus.UNPROCESSABLE_ENTITY, List.of(Problem.of("participationCode",
					"participation.codes.enter." + redemption.outcome().name())));
		}
		participants.bindCode(province, redemption.codeId(), request);
		return ResponseEntity.status(HttpStatus.CREATED).header("Cache-Control", "no-store")
			.body(new Redeemed(redemption.outcome().name(), province.value()));
	}

	private ProvinceCode province(String code) {
		if (!ProvinceCode.isValid(code) || reference.province(ProvinceCode.of(code)).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ProvinceCode.of(code);
	}
}
