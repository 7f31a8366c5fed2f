package org.smartcityplanner.participation.web.survey;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.participation.domain.survey.FindingDraft;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.finding.FindingUseCases;
import org.smartcityplanner.participation.internal.finding.SurveyFinding;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.shared.ProvinceCode;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Survey findings", description = "What staff read in a survey's results, with the questions and figures "
		+ "it rests on; each is an input the plan's items can be linked to (participation.finding:<id>)")
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR', 'WORKING_GROUP')")
class FindingApiController {

	private static final String BASE = "/api/v1/provinces/{provinceCode}/participation/surveys/{surveyId}/findings";

	private final FindingUseCases findings;
	private final SurveyUseCases surveys;
	private final FindingTexts texts;
	private final ApiProblems problems;

	FindingApiController(FindingUseCases findings, SurveyUseCases surveys, FindingTexts texts, ApiProblems problems) {
		this.findings = findings;
		this.surveys = surveys;
		this.texts = texts;
		this.problems = problems;
	}

	/**
	 * A finding as sent.
	 *
	 * @param statement what was found
	 * @param basis the figures it rests on
	 * @param questionIds the survey's questions it rests on
	 * @param version for a change: the version the editor saw
	 */
	record FindingBody(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500,
					example = "น้ำท่วมเป็นปัญหาอันดับแรกของเขตเมืองเก่า") String statement,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500,
					example = "ข้อ 2: 82 จาก 120 คน (68.33%)") String basis,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "at least one of the survey's questions")
			List<Long> questionIds,
			@Schema(description = "for a change: the version the editor saw") Integer version) {

		FindingDraft draft() {
			return new FindingDraft(statement, basis, questionIds);
		}
	}

	@GetMapping(BASE)
	@Operation(summary = "The survey's findings, in the order they were written; 404 when the survey is not the "
			+ "province's")
	List<SurveyFinding> list(@PathVariable String provinceCode, @PathVariable long surveyId) {
		return findings.ofSurvey(ProvinceCode.of(provinceCode), surveyId);
	}

	@GetMapping(BASE + "/suggestions")
	@Operation(summary = "Findings the results suggest (the leading option of each question), in the "
			+ "Accept-Language; nothing is stored until one is sent back, as written or edited")
	List<FindingTexts.Written> suggestions(@PathVariable String provinceCode, @PathVariable long surveyId) {
		return texts.written(findings.suggestions(surveys.results(ProvinceCode.of(provinceCode), surveyId,
				LocaleContextHolder.getLocale())));
	}

	@PostMapping(BASE)
	@PreAuthorize(SurveyController.MANAGERS)
	@Operation(summary = "Records a finding; 400 lists every problem by field (statement, basis, questionIds)")
	ResponseEntity<SurveyFinding> record(@PathVariable String provinceCode, @PathVariable long surveyId,
			@RequestBody FindingBody body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(findings.record(ProvinceCode.of(provinceCode), surveyId, body.draft()));
	}

	@PutMapping(BASE + "/{findingId}")
	@PreAuthorize(SurveyController.MANAGERS)
	@Operation(summary = "Changes a finding over the version the editor saw; 409 when it is stale, 400 problems")
	SurveyFinding update(@PathVariable String provinceCode, @PathVariable long surveyId, @PathVariable long findingId,
			@RequestBody FindingBody body) {
		if (body.version() == null) {
			throw new InputProblemsException(List.of(org.smartcityplanner.participation.domain.survey.Problem
				.of("version", "participation.finding.versionRequired")));
		}
		return findings.update(ProvinceCode.of(provinceCode), surveyId, findingId, body.draft(), body.version());
	}

	@DeleteMapping(BASE + "/{findingId}")
	@PreAuthorize(SurveyController.MANAGERS)
	@Operation(summary = "Removes a finding (a plan item linked to it no longer lists it)")
	ResponseEntity<Void> delete(@PathVariable String provinceCode, @PathVariable long surveyId,
			@PathVariable long findingId) {
		findings.delete(ProvinceCode.of(provinceCode), surveyId, findingId);
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(InputProblemsException.class)
	ResponseEntity<ProblemDetail> refused(InputProblemsException e) {
		return problems.of(HttpStatus.BAD_REQUEST, e.problems());
	}
}
