package org.smartcityplanner.participation.web.idea;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaProposal;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.idea.PaperIdeaSlips;
import org.smartcityplanner.participation.web.survey.ApiProblems;
import org.smartcityplanner.publication.PdfNotAvailableException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff's ideas API: every idea of their province (hidden ones too) and paper entry. */
@RestController
@Tag(name = "Ideas", description = "A province's citizens' ideas for staff: the list with hidden ideas, paper entry")
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR', 'WORKING_GROUP')")
class IdeaApiController {

	private static final String BASE = "/api/v1/provinces/{provinceCode}/ideas";

	private final IdeaApi ideas;
	private final ApiProblems problems;
	private final PaperIdeaSlips slips;

	IdeaApiController(IdeaApi ideas, ApiProblems problems, PaperIdeaSlips slips) {
		this.ideas = ideas;
		this.problems = problems;
		this.slips = slips;
	}

	@PostMapping(BASE + "/paper")
	@PreAuthorize(PaperIdeaController.MANAGERS)
	@Operation(summary = "Stores one idea typed from paper (channel PAPER, the caller recorded and audited; "
			+ "idempotent by idempotencyKey): 201 stored with the author's personal link, 200 stored before, "
			+ "400 problems by field, 409 ideas not taken today")
	ResponseEntity<?> paper(@PathVariable String provinceCode, @RequestBody IdeaRequests.NewIdea body) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		IdeaProposal proposal = ideas.proposePaper(province, body.draft(), body.idempotencyKey());
		if (!proposal.accepted()) {
			return problems.of(HttpStatus.CONFLICT, List.of(Problem.of(null, "participation.idea.paper.closed")));
		}
		IdeaView idea = proposal.idea();
		String link = PersonalLinks.of(province, proposal.authorSecret());
		return ResponseEntity
			.status(proposal.outcome() == IdeaProposal.Outcome.STORED ? HttpStatus.CREATED : HttpStatus.OK)
			.header("Cache-Control", "no-store")
			.body(new IdeaRequests.Stored(proposal.outcome().name(), PublicIdea.of(idea), link));
	}

	/** What a paper idea's slip is made from. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "PaperIdeaSlipRequest")
	record SlipRequest(@io.swagger.v3.oas.annotations.media.Schema(requiredMode = REQUIRED,
			description = "the secret part of the author's personal link (its last path segment)") String secret,
			@io.swagger.v3.oas.annotations.media.Schema(allowableValues = { "th", "en" },
					description = "the slip's language (default th)") String language) {
	}

	// no "produces": a request from another province or with the wrong Accept header must reach the province check
	// and get its problem, not a 406 from content negotiation (the response sets its own type)
	@PostMapping(BASE + "/paper/slips")
	@PreAuthorize(PaperIdeaController.MANAGERS)
	@Operation(summary = "The printable slip (A4 PDF) for the author of a paper idea: its number, title, what the "
			+ "personal link is for, the link and its QR code; 400 naming language, 404 naming secret when it is no "
			+ "idea's of the province, 503 when this node cannot make PDFs")
	ResponseEntity<?> slip(@PathVariable String provinceCode, @RequestBody SlipRequest body) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		if (!PaperSlipLanguage.isKnown(body.language())) {
			return problems.of(HttpStatus.BAD_REQUEST, List.of(Problem.of("language", "idea.slip.languageUnknown")));
		}
		try {
			byte[] pdf = slips.pdf(province, body.secret(), PaperSlipLanguage.of(body.language(), Locale.forLanguageTag("th")))
				.orElseThrow(() -> new NotInProvinceException("secret", "?"));
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header("Cache-Control", "no-store")
				.body(pdf);
		}
		catch (PdfNotAvailableException e) {
			return problems.of(HttpStatus.SERVICE_UNAVAILABLE, List.of(Problem.of(null, "idea.slip.pdfUnavailable")));
		}
	}

	@ExceptionHandler(InputProblemsException.class)
	ResponseEntity<ProblemDetail> refused(InputProblemsException e) {
		return problems.of(HttpStatus.BAD_REQUEST, e.problems());
	}
}
