package org.smartcityplanner.engagement.web.pool;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.smartcityplanner.engagement.domain.matching.ExpertiseTag;
import org.smartcityplanner.engagement.domain.matching.TeamRequest;
import org.smartcityplanner.engagement.internal.pool.ConsultantView;
import org.smartcityplanner.engagement.internal.pool.StaffedEngagement;
import org.smartcityplanner.engagement.internal.pool.TeamProposals;
import org.smartcityplanner.engagement.internal.pool.TeamRefusedException;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An engagement's team: the admin states the needs, gets a proposal with reasons and near misses, swaps people
 * and saves; the save refuses a team breaking the rules, naming who and by how much.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class TeamController {

	private final TeamProposals proposals;
	private final ReferenceApi reference;

	TeamController(TeamProposals proposals, ReferenceApi reference) {
		this.proposals = proposals;
		this.reference = reference;
	}

	@GetMapping("/admin/engagements/{id}/team")
	String team(@PathVariable long id, Model model) {
		StaffedEngagement engagement = engagement(id);
		model.addAttribute("needsForm", new NeedsForm());
		model.addAttribute("teamForm", current(engagement));
		return page(engagement, model);
	}

	@PostMapping("/admin/engagements/{id}/team/proposal")
	String propose(@PathVariable long id, @Valid @ModelAttribute("needsForm") NeedsForm form, BindingResult errors,
			Model model) {
		StaffedEngagement engagement = engagement(id);
		form.getDimensions().stream().filter(code -> reference.item(ReferenceKind.SMART_DIMENSION, code).isEmpty())
			.findFirst().ifPresent(code -> errors.rejectValue("dimensions", "pool.error.dimension",
					new Object[] { code }, null));
		TeamForm teamForm = current(engagement);
		if (!errors.hasErrors()) {
			TeamProposals.Proposal proposal = proposals.propose(engagement, form.needs(), form.getSize());
			model.addAttribute("proposal", proposal);
			if (proposal.choice().hasTeam()) {
				teamForm.setMembers(new LinkedHashSet<>(proposal.choice().memberIds()));
				teamForm.setLead(proposal.explanations().stream().filter(e -> e.lead()).findFirst()
					.map(e -> e.candidateId()).orElse(null));
			}
		}
		model.addAttribute("teamForm", teamForm);
		return page(engagement, model);
	}

	@PostMapping("/admin/engagements/{id}/team")
	String save(@PathVariable long id, @Valid @ModelAttribute("teamForm") TeamForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		StaffedEngagement engagement = engagement(id);
		if (!errors.hasErrors()) {
			try {
				proposals.saveTeam(engagement, form.getVersion(), form.getLead(), form.memberList());
				redirect.addFlashAttribute("flashSuccess", "pool.team.saved");
				return "redirect:/admin/engagements/" + id + "/team";
			}
			catch (TeamRefusedException refused) {
				model.addAttribute("teamProblems", refused.problems());
			}
			catch (InvalidInputException refused) {
				errors.rejectValue("members", refused.messageKey());
			}
			catch (OptimisticLockingFailureException stale) {
				errors.reject("pool.error.stale");
			}
		}
		model.addAttribute("needsForm", new NeedsForm());
		return page(engagement, model);
	}

	private StaffedEngagement engagement(long id) {
		return proposals.engagement(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static TeamForm current(StaffedEngagement engagement) {
		TeamForm form = new TeamForm();
		engagement.members().forEach(m -> form.getMembers().add(m.userId()));
		engagement.members().stream().filter(StaffedEngagement.Member::lead).findFirst()
			.ifPresent(m -> form.setLead(m.userId()));
		form.setVersion(engagement.version());
		return form;
	}

	private String page(StaffedEngagement engagement, Model model) {
		var pool = proposals.poolFor(engagement);
		Map<Long, ConsultantView> byId = pool.stream()
			.collect(Collectors.toMap(ConsultantView::userId, Function.identity()));
		model.addAttribute("engagement", engagement);
		model.addAttribute("pool", pool);
		model.addAttribute("byId", byId);
		model.addAttribute("tags", ExpertiseTag.values());
		var dimensions = reference.items(ReferenceKind.SMART_DIMENSION);
		model.addAttribute("dimensions", dimensions);
		model.addAttribute("dimensionNames", dimensions.stream()
			.collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name)));
		model.addAttribute("awayLimit", TeamRequest.MAX_UNAVAILABLE_PERCENT);
		return "engagement/pool/team";
	}
}
