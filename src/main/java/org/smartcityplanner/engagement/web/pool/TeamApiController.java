package org.smartcityplanner.engagement.web.pool;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.engagement.domain.matching.ExpertiseTag;
import org.smartcityplanner.engagement.domain.matching.Need;
import org.smartcityplanner.engagement.internal.pool.ConsultantView;
import org.smartcityplanner.engagement.internal.pool.StaffedEngagement;
import org.smartcityplanner.engagement.internal.pool.TeamProposals;
import org.smartcityplanner.engagement.internal.pool.TeamRefusedException;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An engagement's team: proposals with reasons and near misses, and saving the team the admin keeps.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Engagement team", description = "Team proposal and team of an engagement (institute admins only)")
class TeamApiController {

	private final TeamProposals proposals;
	private final ReferenceApi reference;
	private final PoolTexts texts;
	private final MessageSource messages;

	TeamApiController(TeamProposals proposals, ReferenceApi reference, PoolTexts texts, MessageSource messages) {
		this.proposals = proposals;
		this.reference = reference;
		this.texts = texts;
		this.messages = messages;
	}

	@GetMapping("/api/v1/engagements/{id}/team")
	@Operation(summary = "The engagement's team and its version (send it back when saving)")
	TeamResponse team(@PathVariable long id) {
		return response(engagement(id));
	}

	@PostMapping("/api/v1/engagements/{id}/team/proposal")
	@Operation(summary = "Propose a team covering the needs, with the reason for each choice and each near miss")
	ProposalResponse propose(@PathVariable long id, @RequestBody ProposalRequest request) {
		StaffedEngagement engagement = engagement(id);
		ApiFields.required("size", request.size());
		Set<String> dimensions = request.dimensions() == null ? Set.of() : request.dimensions();
		dimensions.stream().filter(code -> reference.item(ReferenceKind.SMART_DIMENSION, code).isEmpty()).findFirst()
			.ifPresent(code -> {
				throw new InvalidInputException("pool.error.dimension", code);
			});
		Set<Need> needs = Stream.concat(dimensions.stream().map(Need::dimension),
				(request.tags() == null ? Set.<ExpertiseTag>of() : request.tags()).stream().map(Need::expertise))
			.collect(Collectors.toSet());
		TeamProposals.Proposal proposal = proposals.propose(engagement, needs, request.size());
		Map<Long, ConsultantView> byId = byId(proposal.pool());
		Locale locale = LocaleContextHolder.getLocale();
		List<ProposedPerson> people = proposal.explanations().stream()
			.map(e -> new ProposedPerson(e.candidateId(), byId.get(e.candidateId()).displayName(), e.chosen(),
					e.lead(), e.reasons().stream().map(r -> texts.reason(r, byId, locale)).toList()))
			.toList();
		return new ProposalResponse(proposal.choice().status().name(), proposal.choice().solver(),
				engagement.version(), people);
	}

	@PutMapping("/api/v1/engagements/{id}/team")
	@Operation(summary = "Save the team: 4–6 members, a senior consultant as lead, nobody over their cap")
	ResponseEntity<?> save(@PathVariable long id, @RequestBody TeamRequestBody request) {
		StaffedEngagement engagement = engagement(id);
		ApiFields.required("members", request.members());
		ApiFields.required("lead", request.lead());
		ApiFields.required("version", request.version());
		try {
			proposals.saveTeam(engagement, request.version(), request.lead(), request.members());
		}
		catch (TeamRefusedException refused) {
			return refused(refused, byId(proposals.poolFor(engagement)));
		}
		return ResponseEntity.ok(response(engagement(id)));
	}

	/** 400 problem+json listing every broken rule with names and numbers. */
	private ResponseEntity<ProblemDetail> refused(TeamRefusedException refused, Map<Long, ConsultantView> byId) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> problems = refused.problems().stream().map(p -> texts.problem(p, byId, locale)).toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join(" ", problems));
		problem.setTitle(messages.getMessage("error.400.title", null, locale));
		problem.setProperty("problems", problems);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private StaffedEngagement engagement(long id) {
		return proposals.engagement(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private TeamResponse response(StaffedEngagement engagement) {
		return new TeamResponse(engagement.id(), engagement.version(), engagement.members());
	}

	private static Map<Long, ConsultantView> byId(List<ConsultantView> pool) {
		return pool.stream().collect(Collectors.toMap(ConsultantView::userId, Function.identity()));
	}

	/**
	 * What the team must cover.
	 *
	 * @param dimensions smart-dimension codes, e.g. {@code MOB}
	 * @param tags fields of expertise
	 * @param size team size, 4–6
	 */
	record ProposalRequest(Set<String> dimensions, Set<ExpertiseTag> tags,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "4", maximum = "6") Integer size) {
	}

	/**
	 * The team to save.
	 *
	 * @param members account ids, 4–6
	 * @param lead the lead's account id, a senior consultant among the members
	 * @param version the engagement version read from GET team or the proposal
	 */
	record TeamRequestBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Long> members,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long lead,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {
	}

	/**
	 * A proposal.
	 *
	 * @param status OPTIMAL, FEASIBLE (greedy fallback or time limit) or NO_TEAM
	 * @param solver CP-SAT or greedy
	 * @param version the engagement's version, to send back when saving
	 * @param people members first (lead first), then everyone else with the reason they were left out
	 */
	record ProposalResponse(String status, String solver, int version, List<ProposedPerson> people) {
	}

	/**
	 * One consultant in a proposal.
	 *
	 * @param userId account id
	 * @param name display name
	 * @param chosen on the proposed team
	 * @param lead proposed as team lead
	 * @param reasons why, in the request's language
	 */
	record ProposedPerson(long userId, String name, boolean chosen, boolean lead, List<String> reasons) {
	}

	/**
	 * A team.
	 *
	 * @param engagementId engagement id
	 * @param version engagement version
	 * @param members members and who leads
	 */
	record TeamResponse(long engagementId, int version, List<StaffedEngagement.Member> members) {
	}
}
