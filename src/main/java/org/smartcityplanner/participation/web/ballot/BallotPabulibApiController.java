package org.smartcityplanner.participation.web.ballot;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.smartcityplanner.participation.domain.ballot.counting.CandidateExplanation;
import org.smartcityplanner.participation.domain.ballot.pabulib.PabulibFile;
import org.smartcityplanner.participation.domain.ballot.pabulib.PabulibFormatException;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.ballot.BallotPabulib;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.participation.web.survey.ApiProblems;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Pabulib {@code .pb} files: export a ballot's counted votes, and count a published election (counting only: the
 * file is read, counted by both methods and answered, never stored). A file over the size limit or damaged is
 * refused, a damaged one with its line number.
 */
@RestController
@Tag(name = "Ballots (staff)")
@PreAuthorize(ParticipationAccess.READERS)
class BallotPabulibApiController {

	/** Large enough for published city elections (Warsaw's biggest files are a few MB). */
	static final long MAX_BYTES = 20L * 1024 * 1024;

	private final BallotPabulib pabulib;
	private final ApiProblems problems;
	private final MessageSource messages;

	BallotPabulibApiController(BallotPabulib pabulib, ApiProblems problems, MessageSource messages) {
		this.pabulib = pabulib;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping(StaffBallotsApiController.BASE + "/{ballotId}/pabulib")
	@Operation(summary = "The ballot's counted votes as a Pabulib .pb file (amounts in satang), to recount anywhere")
	ResponseEntity<String> export(@PathVariable String provinceCode, @PathVariable long ballotId) {
		String file = pabulib.export(ProvinceCode.of(provinceCode), ballotId);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("ballot-" + ballotId + ".pb").build().toString())
			.body(file);
	}

	@Schema(name = "PabulibCount", description = "A published election counted by both methods, in the file's unit")
	record Count(@Schema(requiredMode = REQUIRED) String description, @Schema(requiredMode = REQUIRED) long budget,
			@Schema(requiredMode = REQUIRED) long voters, @Schema(requiredMode = REQUIRED) List<Project> projects) {
	}

	@Schema(name = "PabulibCountProject")
	record Project(@Schema(requiredMode = REQUIRED) String projectId, @Schema(requiredMode = REQUIRED) long cost,
			@Schema(requiredMode = REQUIRED) long approvals,
			@Schema(requiredMode = REQUIRED) boolean selectedByEqualShares,
			@Schema(requiredMode = REQUIRED) boolean selectedByGreedy,
			@Schema(requiredMode = REQUIRED, description = "Why, by equal shares (a reason name)") String equalSharesReason) {
	}

	// no "consumes": a request that is not multipart must reach the province check and then be told the file is
	// missing, not get a 415 before anyone looked at the province
	@PostMapping(StaffBallotsApiController.BASE + "/pabulib-count")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	@Operation(summary = "Counts a published Pabulib election (file field 'file', at most 20 MB) by the Method of "
			+ "Equal Shares with completion and by greedy; nothing is stored. 400 names the line of a damaged file")
	ResponseEntity<?> count(@PathVariable String provinceCode, @RequestParam(required = false) MultipartFile file,
			Locale locale) throws IOException {
		ProvinceCode.of(provinceCode);
		if (file == null || file.isEmpty()) {
			return problems.of(HttpStatus.BAD_REQUEST, List.of(Problem.of("file", "participation.ballot.pabulib.missing")));
		}
		if (file.getSize() > MAX_BYTES) {
			return problems.of(HttpStatus.PAYLOAD_TOO_LARGE,
					List.of(Problem.of("file", "participation.ballot.pabulib.tooLarge", MAX_BYTES / (1024 * 1024))));
		}
		BallotPabulib.Counted counted;
		try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			counted = pabulib.count(reader);
		}
		catch (PabulibFormatException e) {
			String detail = messages.getMessage(e.messageKey(), e.messageArguments(), e.messageKey(), locale);
			return problems.of(HttpStatus.BAD_REQUEST,
					List.of(Problem.of("file", "participation.ballot.pabulib.damaged", e.line(), detail)));
		}
		catch (IllegalArgumentException e) {
			return problems.of(HttpStatus.BAD_REQUEST,
					List.of(Problem.of("file", "participation.ballot.pabulib.uncountable", e.getMessage())));
		}
		var approvals = counted.election().approvals();
		List<Project> projects = counted.election().candidates().stream().map(c -> {
			CandidateExplanation mes = counted.equalShares().explanation(c.id());
			return new Project(c.id(), c.cost(), approvals.get(c.id()), mes.selected(),
					counted.greedy().explanation(c.id()).selected(), mes.reason().name());
		}).toList();
		PabulibFile read = counted.file();
		return ResponseEntity.ok(new Count(read.meta().getOrDefault("description", ""), counted.election().budget(),
				counted.election().ballots().size(), projects));
	}
}
