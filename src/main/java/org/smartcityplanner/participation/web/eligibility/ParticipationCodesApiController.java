package org.smartcityplanner.participation.web.eligibility;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.participation.domain.eligibility.ParticipationCodes;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.eligibility.CodeBatch;
import org.smartcityplanner.participation.internal.eligibility.CodeSheets;
import org.smartcityplanner.participation.internal.eligibility.Eligibility;
import org.smartcityplanner.participation.internal.eligibility.ParticipationCodeService;
import org.smartcityplanner.participation.internal.eligibility.RuleSetting;
import org.smartcityplanner.participation.web.survey.ApiProblems;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who may take part in a province's participation, and its batches of one-time participation codes. A new batch's
 * codes are in the answer to its creation and never again (only their hashes are stored).
 */
@RestController
@Tag(name = "Participation codes", description = "Who may take part (anyone, a participation code, an account of "
		+ "the province) and batches of one-time participation codes")
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
class ParticipationCodesApiController {

	private final Eligibility eligibility;
	private final ParticipationCodeService codes;
	private final CodeSheets sheets;
	private final ApiProblems problems;

	ParticipationCodesApiController(Eligibility eligibility, ParticipationCodeService codes, CodeSheets sheets,
			ApiProblems problems) {
		this.eligibility = eligibility;
		this.codes = codes;
		this.sheets = sheets;
		this.problems = problems;
	}

	@Schema(name = "ParticipationRuleView")
	record RuleView(@Schema(requiredMode = REQUIRED, allowableValues = { "ANYONE", "CODE", "ACCOUNT" }) String rule,
			@Schema(requiredMode = REQUIRED, description = "send it back when changing the rule (0: never chosen)") int version) {

		static RuleView of(RuleSetting setting) {
			return new RuleView(setting.rule().name(), setting.version());
		}
	}

	@Schema(name = "ParticipationRuleRequest")
	record RuleRequest(@Schema(requiredMode = REQUIRED, allowableValues = { "ANYONE", "CODE", "ACCOUNT" }) String rule,
			@Schema(requiredMode = REQUIRED, description = "the version read") Integer version) {
	}

	@Schema(name = "CodeBatchRequest")
	record BatchRequest(@Schema(requiredMode = REQUIRED, maxLength = 150, description = "what the codes are for, "
			+ "e.g. a village meeting and its date") String label,
			@Schema(requiredMode = REQUIRED, minimum = "1", maximum = "500") Integer count) {
	}

	@Schema(name = "CodeBatchView")
	record BatchView(@Schema(requiredMode = REQUIRED) long id, @Schema(requiredMode = REQUIRED) String label,
			@Schema(requiredMode = REQUIRED) int codes, @Schema(requiredMode = REQUIRED) int used,
			@Schema(requiredMode = REQUIRED, description = "codes that still work") int unused,
			@Schema(requiredMode = REQUIRED, description = "codes withdrawn unused") int withdrawn,
			@Schema(requiredMode = REQUIRED) Instant createdAt, @Schema(requiredMode = REQUIRED) String createdBy,
			@Schema(description = "when the batch was withdrawn; absent while it works") Instant withdrawnAt,
			@Schema(description = "who withdrew it") String withdrawnBy) {

		static BatchView of(CodeBatch b) {
			return new BatchView(b.id(), b.label(), b.codes(), b.used(), b.unused(), b.withdrawn(), b.createdAt(),
					b.createdBy(), b.withdrawnAt(), b.withdrawnBy());
		}
	}

	@Schema(name = "CodeBatchWithdrawal")
	record WithdrawalView(@Schema(requiredMode = REQUIRED) BatchView batch,
			@Schema(requiredMode = REQUIRED, description = "unused codes that stopped working with this call (0 when "
					+ "the batch was withdrawn before)") int codesWithdrawn,
			@Schema(requiredMode = REQUIRED, description = "whether it had been withdrawn before") boolean before) {
	}

	@Schema(name = "NewCodeBatchView")
	record NewBatchView(@Schema(requiredMode = REQUIRED) BatchView batch,
			@Schema(requiredMode = REQUIRED, description = "the codes as printed (ABCDE-FGHJK); shown this once only")
			List<String> codes,
			@Schema(requiredMode = REQUIRED, description = "where participants type a code") String enterAddress) {
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/participation/rule")
	@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR', 'WORKING_GROUP')")
	@Operation(summary = "Who may take part: ANYONE (rate-limited), CODE (a one-time participation code) or ACCOUNT")
	RuleView rule(@PathVariable String provinceCode) {
		return RuleView.of(eligibility.rule(ProvinceCode.of(provinceCode)));
	}

	@PutMapping("/api/v1/provinces/{provinceCode}/participation/rule")
	@Operation(summary = "Sets who may take part; 400 for an unknown rule, 409 when the version is stale")
	RuleView setRule(@PathVariable String provinceCode, @RequestBody RuleRequest body) {
		if (body.version() == null) {
			throw new InputProblemsException(List.of(
					org.smartcityplanner.participation.domain.survey.Problem.of("version", "participation.process.versionRequired")));
		}
		return RuleView.of(eligibility.save(ProvinceCode.of(provinceCode), body.rule(), body.version()));
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/participation/code-batches")
	@Operation(summary = "The batches of participation codes with used and unused counts (never the codes)")
	List<BatchView> batches(@PathVariable String provinceCode) {
		return codes.batches(ProvinceCode.of(provinceCode)).stream().map(BatchView::of).toList();
	}

	@PostMapping("/api/v1/provinces/{provinceCode}/participation/code-batches")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Makes a batch of one-time participation codes; the answer holds the codes, this once only")
	NewBatchView generate(@PathVariable String provinceCode, @RequestBody BatchRequest body) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		ParticipationCodeService.NewBatch batch = codes.generate(province, body.label(), body.count());
		return new NewBatchView(BatchView.of(batch.batch()),
				batch.codes().stream().map(ParticipationCodes::printed).toList(), sheets.enterAddress(province));
	}

	@PostMapping("/api/v1/provinces/{provinceCode}/participation/code-batches/{batchId}/withdrawal")
	@Operation(summary = "Withdraws a batch whose sheet was lost: its unused codes stop working, codes used before "
			+ "keep working and what was done under them stays; 200 also when withdrawn before (nothing changes); "
			+ "404 naming batchId for a batch of no or another province")
	WithdrawalView withdraw(@PathVariable String provinceCode, @PathVariable String batchId) {
		var withdrawal = codes.withdraw(ProvinceCode.of(provinceCode), CodeBatchIds.parse(batchId));
		return new WithdrawalView(BatchView.of(withdrawal.batch()), withdrawal.codesWithdrawn(), withdrawal.before());
	}

	@ExceptionHandler(InputProblemsException.class)
	ResponseEntity<ProblemDetail> refused(InputProblemsException e) {
		return problems.of(HttpStatus.BAD_REQUEST, e.problems());
	}
}
