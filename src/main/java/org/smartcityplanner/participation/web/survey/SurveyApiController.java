package org.smartcityplanner.participation.web.survey;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.participation.CrossTab;
import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.SurveyResults;
import org.smartcityplanner.participation.SurveySummary;
import org.smartcityplanner.participation.domain.survey.AnswerSheet;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.survey.ResponseView;
import org.smartcityplanner.participation.internal.survey.Submission;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.shared.PageOf;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Surveys", description = "A province's surveys: questions, publishing, paper responses and results")
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR', 'WORKING_GROUP')")
class SurveyApiController {

	private static final String BASE = "/api/v1/provinces/{provinceCode}/participation/surveys";

	private final SurveyUseCases surveys;
	private final ApiProblems problems;

	SurveyApiController(SurveyUseCases surveys, ApiProblems problems) {
		this.surveys = surveys;
		this.problems = problems;
	}

	@GetMapping(BASE)
	@Operation(summary = "The province's surveys with their counts (the same figures as the pages), newest first")
	List<SurveySummary> list(@Parameter(example = "TH-65") @PathVariable String provinceCode) {
		return surveys.surveysOf(ProvinceCode.of(provinceCode));
	}

	@PostMapping(BASE)
	@PreAuthorize(SurveyController.MANAGERS)
	@Operation(summary = "Creates a draft survey with its questions, all or nothing; 400 lists every problem by field")
	ResponseEntity<Survey> create(@PathVariable String provinceCode, @RequestBody SurveyRequests.NewSurvey body) {
		Survey survey = surveys.createWithQuestions(ProvinceCode.of(provinceCode), body.title(), body.description(),
				Boolean.TRUE.equals(body.paperCheck()), body.questions() == null ? List.of()
						: body.questions().stream().map(q -> q == null ? null : q.draft()).toList());
		return ResponseEntity.status(HttpStatus.CREATED).body(survey);
	}

	@GetMapping(BASE + "/{surveyId}")
	@Operation(summary = "A survey with its questions; 404 when it is not one of the province's")
	Survey survey(@PathVariable String provinceCode, @PathVariable long surveyId) {
		return surveys.survey(ProvinceCode.of(provinceCode), surveyId);
	}

	@PostMapping(BASE + "/{surveyId}/publish")
	@PreAuthorize(SurveyController.MANAGERS)
	@Operation(summary = "Opens a draft survey to answers (questions freeze); 409 when the version is stale")
	Survey publish(@PathVariable String provinceCode, @PathVariable long surveyId, @RequestParam int version) {
		surveys.publish(ProvinceCode.of(provinceCode), surveyId, version);
		return surveys.survey(ProvinceCode.of(provinceCode), surveyId);
	}

	@PostMapping(BASE + "/{surveyId}/close")
	@PreAuthorize(SurveyController.MANAGERS)
	@Operation(summary = "Closes an open survey to online answers; 409 when the version is stale")
	Survey close(@PathVariable String provinceCode, @PathVariable long surveyId, @RequestParam int version) {
		surveys.close(ProvinceCode.of(provinceCode), surveyId, version);
		return surveys.survey(ProvinceCode.of(provinceCode), surveyId);
	}

	@PostMapping(BASE + "/{surveyId}/paper-responses")
	@PreAuthorize(SurveyController.MANAGERS)
	@Operation(summary = "Stores one typed paper questionnaire (checked like an online answer; idempotent by its "
			+ "submissionKey): 201 stored or awaiting its check, 200 stored before, 400 problems, 409 draft survey")
	ResponseEntity<?> paper(@PathVariable String provinceCode, @PathVariable long surveyId,
			@RequestBody SurveyRequests.PaperResponse body) {
		Submission submission = surveys.submitPaper(ProvinceCode.of(provinceCode), surveyId, body.submissionKey(),
				new AnswerSheet.Raw(body.answers() == null ? java.util.Map.of() : body.answers()));
		return switch (submission.outcome()) {
			case STORED, AWAITING_CHECK -> ResponseEntity.status(HttpStatus.CREATED)
				.body(java.util.Map.of("outcome", submission.outcome().name()));
			// paper answers carry no participant key, so none is ever refused as a participant's second answer
			case ALREADY_STORED, ANSWERED_BEFORE -> ResponseEntity.ok(java.util.Map.of("outcome", submission.outcome().name()));
			case CLOSED -> problems.of(HttpStatus.CONFLICT,
					List.of(Problem.of(null, "participation.survey.paper.draft")));
			case INVALID -> problems.of(HttpStatus.BAD_REQUEST, submission.problems());
		};
	}

	@GetMapping(BASE + "/{surveyId}/responses")
	@PreAuthorize(SurveyController.MANAGERS)
	@Operation(summary = "One page of the counted responses, oldest first, one text cell per question as the exports "
			+ "write them, and the totals (totalItems, totalPages); 400 naming page or size when out of range")
	PageOf<ResponseView> responses(@PathVariable String provinceCode, @PathVariable long surveyId,
			@Parameter(description = "page, from 1 (default 1)") @RequestParam(required = false) Integer page,
			@Parameter(description = "rows per page, 1 to 500 (default 50)") @RequestParam(required = false) Integer size) {
		return surveys.responses(ProvinceCode.of(provinceCode), surveyId, LocaleContextHolder.getLocale(),
				Paging.of(page, size));
	}

	@GetMapping(BASE + "/{surveyId}/results")
	@Operation(summary = "Results per question over the counted responses, labels in the Accept-Language")
	SurveyResults results(@PathVariable String provinceCode, @PathVariable long surveyId) {
		return surveys.results(ProvinceCode.of(provinceCode), surveyId, LocaleContextHolder.getLocale());
	}

	@GetMapping(BASE + "/{surveyId}/cross-tab")
	@Operation(summary = "A choice or scale question's answers by the respondents' sector or target area")
	CrossTab crossTab(@PathVariable String provinceCode, @PathVariable long surveyId, @RequestParam long questionId,
			@Parameter(schema = @io.swagger.v3.oas.annotations.media.Schema(allowableValues = { "SECTOR", "AREA" }))
			@RequestParam(defaultValue = "SECTOR") CrossTab.By by) {
		return surveys.crossTab(ProvinceCode.of(provinceCode), surveyId, questionId, by,
				LocaleContextHolder.getLocale());
	}

	@ExceptionHandler(InputProblemsException.class)
	ResponseEntity<ProblemDetail> refused(InputProblemsException e) {
		return problems.of(HttpStatus.BAD_REQUEST, e.problems());
	}
}
