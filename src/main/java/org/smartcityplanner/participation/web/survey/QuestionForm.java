package org.smartcityplanner.participation.web.survey;

import java.util.Arrays;

import org.smartcityplanner.participation.domain.survey.QuestionDraft;
import org.smartcityplanner.shared.NumberInput;

/** A new question as typed: options one per line; the condition as "question id" and "option number". */
class QuestionForm {

	private String kind = "SINGLE_CHOICE";
	private String text = "";
	private String help = "";
	private boolean required;
	private String options = "";
	@NumberInput
	private String min = "";
	@NumberInput
	private String max = "";
	private String conditionQuestionId = "";
	private String conditionOption = "";

	QuestionDraft draft() {
		return new QuestionDraft(kind, text, help, required, Arrays.asList(options.split("\\R")), min, max,
				number(conditionQuestionId) == null ? null : number(conditionQuestionId).longValue(),
				number(conditionOption));
	}

	/** Blank is "none"; anything else that is not a number is -1, which the rules refuse by name. */
	private static Integer number(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return typed.strip().matches("\\d{1,9}") ? Integer.valueOf(typed.strip()) : -1;
	}

	public String getKind() { return kind; }
	public void setKind(String kind) { this.kind = kind; }
	public String getText() { return text; }
	public void setText(String text) { this.text = text; }
	public String getHelp() { return help; }
	public void setHelp(String help) { this.help = help; }
	public boolean isRequired() { return required; }
	public void setRequired(boolean required) { this.required = required; }
	public String getOptions() { return options; }
	public void setOptions(String options) { this.options = options; }
	public String getMin() { return min; }
	public void setMin(String min) { this.min = min; }
	public String getMax() { return max; }
	public void setMax(String max) { this.max = max; }
	public String getConditionQuestionId() { return conditionQuestionId; }
	public void setConditionQuestionId(String conditionQuestionId) { this.conditionQuestionId = conditionQuestionId; }
	public String getConditionOption() { return conditionOption; }
	public void setConditionOption(String conditionOption) { this.conditionOption = conditionOption; }
}
