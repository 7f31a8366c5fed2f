package org.smartcityplanner.participation.web.survey;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.smartcityplanner.participation.domain.survey.QuestionDraft;

/** The JSON bodies the survey API takes. */
final class SurveyRequests {

	private SurveyRequests() {
	}

	@Schema(name = "SurveyRequest", description = "A new draft survey with its questions, created all or nothing")
	record NewSurvey(@Schema(requiredMode = REQUIRED, maxLength = 200) String title,
			@Schema(maxLength = 2000) String description,
			// boxed: Jackson 3 refuses a missing primitive, and both are optional (false)
			@Schema(description = "paper responses count only after a second person checked them") Boolean paperCheck,
			@Schema(requiredMode = REQUIRED) List<NewQuestion> questions) {
	}

	@Schema(name = "SurveyQuestionRequest")
	record NewQuestion(
			@Schema(requiredMode = REQUIRED, allowableValues = { "SINGLE_CHOICE", "MULTIPLE_CHOICE", "LIKERT", "RANKING",
					"NUMBER", "TEXT", "MAP" }) String kind,
			@Schema(requiredMode = REQUIRED, maxLength = 500) String text, String help, Boolean required,
			@Schema(description = "options of SINGLE_CHOICE, MULTIPLE_CHOICE and RANKING") List<String> options,
			@Schema(description = "NUMBER: smallest allowed") String min,
			@Schema(description = "NUMBER: largest allowed") String max,
			@Schema(description = "asked only when the earlier question at this position (from 1) got conditionOption")
			Long conditionQuestion,
			@Schema(description = "option number (from 1) of the condition question") Integer conditionOption) {

		QuestionDraft draft() {
			return new QuestionDraft(kind, text, help, Boolean.TRUE.equals(required), options, min, max, conditionQuestion, conditionOption);
		}
	}

	@Schema(name = "PaperResponseRequest", description = "One paper questionnaire as typed by staff")
	record PaperResponse(
			@Schema(requiredMode = REQUIRED, description = "made by the client once per questionnaire (16-64 of "
					+ "A-Z a-z 0-9 _ -); sending it again stores nothing more") String submissionKey,
			@Schema(requiredMode = REQUIRED, description = "the form fields: q<questionId> for an answer (option "
					+ "numbers from 1; Likert 1-5; an area id or 'other'), q<id>_<option> for a rank, q<id>_lat and "
					+ "q<id>_lon for a point, sector and area for the respondent") Map<String, List<String>> answers) {
	}
}
