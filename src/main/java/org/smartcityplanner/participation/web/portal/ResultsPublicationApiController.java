package org.smartcityplanner.participation.web.portal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.portal.ResultsPublication;
import org.smartcityplanner.participation.internal.portal.ResultsPublications;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.participation.web.survey.ApiProblems;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Whether a survey's aggregated results are on the public portal: read by the staff, decided by the managers. */
@RestController
@Tag(name = "Public portal", description = "A province's participation as the public sees it (no account needed)")
@PreAuthorize(ParticipationAccess.READERS)
class ResultsPublicationApiController {

	private final ResultsPublications publications;
	private final ApiProblems problems;

	ResultsPublicationApiController(ResultsPublications publications, ApiProblems problems) {
		this.publications = publications;
		this.problems = problems;
	}

	@Schema(name = "ResultsPublicationRequest")
	record PublicationRequest(
			@Schema(requiredMode = REQUIRED, description = "true to show the results on the public portal once the"
					+ " survey is closed, false to take them off") Boolean resultsPublic) {
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/participation/surveys/{surveyId}/results-publication")
	@Operation(summary = "Whether the survey's results are public, who decided it and when")
	ResultsPublication get(@PathVariable String provinceCode, @PathVariable long surveyId) {
		return publications.of(ProvinceCode.of(provinceCode), surveyId);
	}

	@PutMapping("/api/v1/provinces/{provinceCode}/participation/surveys/{surveyId}/results-publication")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	@Operation(summary = "Makes the survey's aggregated results public or takes them off (audited); 400 names"
			+ " resultsPublic when it is missing, 404 for another province's survey")
	ResultsPublication put(@PathVariable String provinceCode, @PathVariable long surveyId,
			@RequestBody(required = false) PublicationRequest body) {
		if (body == null || body.resultsPublic() == null) {
			throw new InputProblemsException(
					List.of(Problem.of("resultsPublic", "participation.portal.resultsPublicRequired")));
		}
		return publications.decide(ProvinceCode.of(provinceCode), surveyId, body.resultsPublic());
	}

	@ExceptionHandler(InputProblemsException.class)
	ResponseEntity<ProblemDetail> refused(InputProblemsException e) {
		return problems.of(HttpStatus.BAD_REQUEST, e.problems());
	}
}
