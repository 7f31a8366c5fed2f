package org.smartcityplanner.participation.web.idea;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaProposal;
import org.smartcityplanner.participation.IdeaSummary;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.web.survey.ApiProblems;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.reference.Province;
import org.smartcityplanner.shared.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Citizens' ideas over the API, without an account: the same rules, guard and idempotency as the form. A client
 * first reads {@code .../ideas/form} for the choices, a stamp and a key, as a browser reads the form page.
 */
@RestController
@Tag(name = "Public ideas", description = "Citizens propose and read ideas (no account needed)")
class PublicIdeaApiController {

	private static final String BASE = "/api/v1/public/{code}/ideas";

	private final IdeaApi ideas;
	private final ProcessApi process;
	private final PublicIdeas publicIdeas;
	private final IdeaChoices choices;
	private final ParticipantKeys participants;
	private final PublicFormGuard guard;
	private final ApiProblems problems;
	private final Clock clock;

	PublicIdeaApiController(IdeaApi ideas, ProcessApi process, PublicIdeas publicIdeas, IdeaChoices choices,
			ParticipantKeys participants, PublicFormGuard guard, ApiProblems problems, Clock clock) {
		this.ideas = ideas;
		this.process = process;
		this.publicIdeas = publicIdeas;
		this.choices = choices;
		this.participants = participants;
		this.guard = guard;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping(BASE)
	@SecurityRequirements
	@Operation(summary = "One page of the province's published, accepted and declined ideas, newest first, with "
			+ "their supports and comments; 400 names an unusable filter; 404 for no such province")
	ResponseEntity<?> list(@PathVariable String code, @RequestParam(required = false) String dimension,
			@RequestParam(required = false) String area, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Locale locale) {
		Province province = province(code);
		var paging = org.smartcityplanner.shared.Paging.of(page, size == null ? PublicIdeas.PAGE_SIZE : size);
		PublicIdeas.Listing listing = publicIdeas.listing(province.code(), dimension, area, status, paging.page(),
				paging.size(), locale);
		if (!listing.problems().isEmpty()) {
			return problems.of(HttpStatus.BAD_REQUEST, listing.problems());
		}
		PageOf<IdeaSummary> found = listing.page();
		return ResponseEntity.ok(found);
	}

	@GetMapping(BASE + "/form")
	@SecurityRequirements
	@Operation(summary = "What an idea is chosen from (dimensions, the province's target areas, names in the "
			+ "Accept-Language), whether ideas are taken today, and the stamp and idempotency key to send one with")
	IdeaRequests.FormData form(@PathVariable String code, Locale locale) {
		Province province = province(code);
		return new IdeaRequests.FormData(process.isOpen(province.code(), IdeaApi.TOOL),
				guard.formStamp(PublicIdeaFormController.FORM, clock.instant()), PublicIdeaFormController.newKey(),
				choices.dimensions(locale), choices.areas(province.code(), locale));
	}

	@PostMapping(value = BASE, consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirements
	@Operation(summary = "Proposes an idea: 201 stored (with the author's personal link, given only now), 200 the "
			+ "same idempotencyKey stored before, 400 problems by field, 409 ideas not taken today, 429 too many "
			+ "submissions from this address, 422 sent too fast or with a stale stamp")
	ResponseEntity<?> propose(@PathVariable String code, @RequestBody IdeaRequests.NewIdea body,
			HttpServletRequest request) {
		Province province = province(code);
		PublicFormGuard.Verdict verdict = guard.judge(PublicIdeaFormController.FORM, request.getRemoteAddr(),
				body.website(), body.stamp());
		if (verdict != PublicFormGuard.Verdict.PASS) {
			var stored = ideas.storedProposal(province.code(), body.idempotencyKey());
			if (stored.isPresent()) {
				return stored(province, stored.get());
			}
			return switch (verdict) {
				case RATE_LIMITED -> problems.of(HttpStatus.TOO_MANY_REQUESTS, List.of(Problem.of(null,
						"participation.idea.public.rateLimited", PublicFormGuard.WINDOW_MINUTES)));
				case BOT -> problems.of(HttpStatus.UNPROCESSABLE_ENTITY,
						List.of(Problem.of(null, "participation.idea.public.refused")));
				default -> problems.of(HttpStatus.UNPROCESSABLE_ENTITY,
						List.of(Problem.of("stamp", "participation.idea.public.tooFast")));
			};
		}
		IdeaProposal proposal = ideas.propose(province.code(), body.draft(), body.idempotencyKey(),
				participants.of(request));
		if (!proposal.accepted()) {
			return problems.of(HttpStatus.CONFLICT, List.of(Problem.of(null, "participation.idea.public.closed")));
		}
		return stored(province, proposal);
	}

	@GetMapping(BASE + "/{id}")
	@SecurityRequirements
	@Operation(summary = "A published, accepted or declined idea with its public history; 404 otherwise")
	IdeaRequests.Detail idea(@PathVariable String code, @PathVariable long id) {
		Province province = province(code);
		IdeaView idea = ideas.find(province.code(), id).filter(i -> i.status().isPublic())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new IdeaRequests.Detail(PublicIdea.of(idea), PublicIdea.history(ideas.history(province.code(), id)));
	}

	@ExceptionHandler(InputProblemsException.class)
	ResponseEntity<ProblemDetail> refused(InputProblemsException e) {
		return problems.of(HttpStatus.BAD_REQUEST, e.problems());
	}

	private ResponseEntity<IdeaRequests.Stored> stored(Province province, IdeaProposal proposal) {
		String link = PersonalLinks.of(province.code(), proposal.authorSecret());
		HttpStatus status = proposal.outcome() == IdeaProposal.Outcome.STORED ? HttpStatus.CREATED : HttpStatus.OK;
		return ResponseEntity.status(status).header("Cache-Control", "no-store")
			.body(new IdeaRequests.Stored(proposal.outcome().name(), PublicIdea.of(proposal.idea()), link));
	}

	private Province province(String code) {
		return choices.province(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
