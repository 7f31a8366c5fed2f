package org.smartcityplanner.participation.web.stakeholder;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.participation.Stakeholder;
import org.smartcityplanner.participation.domain.stakeholder.StakeholderSheet;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.stakeholder.StakeholderIntake;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.participation.web.survey.ApiProblems;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Participation: stakeholder sign-up and import", description = "The public sign-up link, "
		+ "self-registrations waiting for staff, and importing a CSV or XLSX sheet of stakeholders (all rows or none)")
@PreAuthorize(ParticipationAccess.MANAGERS)
class StakeholderIntakeApiController {

	private static final String BASE = "/api/v1/provinces/{provinceCode}/participation/stakeholders";

	private final StakeholderIntake intake;
	private final ApiProblems problems;
	private final MessageSource messages;

	StakeholderIntakeApiController(StakeholderIntake intake, ApiProblems problems, MessageSource messages) {
		this.intake = intake;
		this.problems = problems;
		this.messages = messages;
	}

	/**
	 * @param open whether people may sign up now
	 * @param path the sign-up page, relative to the application, while open
	 */
	record SignupLink(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean open, String path) {
	}

	/**
	 * One row of a previewed sheet.
	 *
	 * @param row its number as a spreadsheet shows it
	 * @param valid whether it can be saved
	 * @param problems what is wrong, each naming its column
	 */
	record PreviewRow(int row, boolean valid, List<Map<String, String>> problems) {
	}

	/** @param saved how many stakeholders were saved */
	record Imported(int saved) {
	}

	@GetMapping(BASE + "/signup-link")
	@Operation(summary = "Whether the province's public sign-up is open, and its page")
	SignupLink signupLink(@PathVariable String provinceCode) {
		return intake.signupKey(ProvinceCode.of(provinceCode)).map(key -> new SignupLink(true, "/participation/join/" + key))
			.orElse(new SignupLink(false, null));
	}

	@PutMapping(BASE + "/signup-link")
	@Operation(summary = "Opens the public sign-up (an open one keeps its link)")
	SignupLink openSignup(@PathVariable String provinceCode) {
		return new SignupLink(true, "/participation/join/" + intake.openSignup(ProvinceCode.of(provinceCode)));
	}

	@DeleteMapping(BASE + "/signup-link")
	@Operation(summary = "Closes the public sign-up: its link stops working")
	ResponseEntity<Void> closeSignup(@PathVariable String provinceCode) {
		intake.closeSignup(ProvinceCode.of(provinceCode));
		return ResponseEntity.noContent().build();
	}

	@GetMapping(BASE + "/pending")
	@Operation(summary = "Self-registrations waiting for staff, oldest first")
	List<Stakeholder> pending(@PathVariable String provinceCode) {
		return intake.pending(ProvinceCode.of(provinceCode));
	}

	@PostMapping(BASE + "/pending/{stakeholderId}/confirm")
	@Operation(summary = "Confirms a pending self-registration; 404 when it is not one of the province's pending ones")
	Stakeholder confirm(@PathVariable String provinceCode, @PathVariable long stakeholderId) {
		return intake.confirm(ProvinceCode.of(provinceCode), stakeholderId);
	}

	@PostMapping(BASE + "/pending/{stakeholderId}/reject")
	@Operation(summary = "Turns down a pending self-registration: its personal data is erased at once")
	ResponseEntity<Void> reject(@PathVariable String provinceCode, @PathVariable long stakeholderId) {
		intake.reject(ProvinceCode.of(provinceCode), stakeholderId);
		return ResponseEntity.noContent().build();
	}

	// no "consumes": a request of another type must still meet the province check first, then be told what is wrong
	@PostMapping(BASE + "/import")
	@Operation(summary = "Imports a CSV (UTF-8) or XLSX sheet: header row " + "name,organisation,type,sector,interest,"
			+ "phone,email,consent,consent_date,retention_months; consent is ONLINE or PAPER (then consent_date, "
			+ "yyyy-mm-dd, is required). With dryRun=true: the rows with their problems, nothing saved. Otherwise "
			+ "201 with the count, or 400 naming every problem as rowN.column and saving nothing")
	ResponseEntity<?> importSheet(@PathVariable String provinceCode,
			@Parameter(description = "the sheet, as multipart/form-data") @RequestParam(required = false) MultipartFile file,
			@Parameter(description = "preview only") @RequestParam(defaultValue = "false") boolean dryRun)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InputProblemsException(List.of(Problem.of("file", "participation.import.empty")));
		}
		List<List<String>> records;
		try {
			records = SheetFiles.read(file.getOriginalFilename(), file.getBytes());
		}
		catch (InvalidInputException e) {
			throw new InputProblemsException(List.of(new Problem("file", e.messageKey(), e.arguments())));
		}
		if (dryRun) {
			return ResponseEntity.ok(intake.preview(records).stream().map(this::row).toList());
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Imported(intake.importSheet(ProvinceCode.of(provinceCode), records)));
	}

	private PreviewRow row(StakeholderSheet.Row row) {
		return new PreviewRow(row.number(), row.valid(), row.problems().stream()
			.map(p -> Map.of("field", p.field() == null ? "" : p.field(), "code", p.messageKey(), "message",
					messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(),
							LocaleContextHolder.getLocale())))
			.toList());
	}

	@ExceptionHandler(InputProblemsException.class)
	ResponseEntity<ProblemDetail> refused(InputProblemsException e) {
		return problems.of(HttpStatus.BAD_REQUEST, e.problems());
	}
}
