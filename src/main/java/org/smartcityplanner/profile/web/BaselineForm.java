package org.smartcityplanner.profile.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.smartcityplanner.profile.BaselineDraft;
import org.smartcityplanner.profile.BaselineProblem;
import org.smartcityplanner.profile.IndicatorBaseline;
import org.smartcityplanner.profile.domain.BaselineRules;
import org.smartcityplanner.shared.NumberInput;
import org.springframework.validation.BindingResult;

/**
 * The form for one baseline. Year and value are text so that Thai digits and thousands separators are read by
 * the same rules as imported files, and so that "abc" comes back as a field error with the rest kept.
 */
class BaselineForm {

	private String indicatorCode = "";
	/** Empty for the whole province, else the area id. */
	private String areaId = "";
	@NumberInput
	private String year = "";
	@NumberInput
	private String value = "";
	@Size(max = BaselineRules.MAX_SOURCE, message = "{validation.tooLong}")
	private String source = "";
	@Size(max = BaselineRules.MAX_NOTE, message = "{validation.tooLong}")
	private String note = "";
	private int version;

	static BaselineForm of(IndicatorBaseline baseline) {
		BaselineForm form = new BaselineForm();
		form.indicatorCode = baseline.indicatorCode();
		form.areaId = baseline.areaId() == null ? "" : String.valueOf(baseline.areaId());
		form.year = String.valueOf(baseline.year());
		form.value = baseline.value().toPlainString();
		form.source = baseline.source();
		form.note = baseline.note() == null ? "" : baseline.note();
		form.version = baseline.version();
		return form;
	}

	/** The draft the form describes, or {@code null} after marking the fields that cannot be read. */
	BaselineDraft draft(BindingResult errors) {
		BaselineRules.Parsed<Integer> parsedYear = BaselineRules.parseYear(year);
		BaselineRules.Parsed<BigDecimal> parsedValue = BaselineRules.parseValue(value);
		Long area = null;
		if (areaId != null && !areaId.isBlank()) {
			try {
				area = Long.valueOf(areaId.strip());
			}
			catch (NumberFormatException e) {
				errors.rejectValue("areaId", "baselines.area.unknown", new Object[] { areaId }, null);
			}
		}
		List<BaselineProblem> problems = new ArrayList<>();
		if (indicatorCode == null || indicatorCode.isBlank()) {
			problems.add(BaselineProblem.of("indicatorCode", "baselines.indicator.required"));
		}
		problems.add(parsedYear.problem());
		problems.add(parsedValue.problem());
		problems.add(BaselineRules.sourceProblem(source));
		problems.add(BaselineRules.noteProblem(note));
		reject(problems, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return new BaselineDraft(indicatorCode == null ? "" : indicatorCode.strip(), area, parsedYear.value(),
				parsedValue.value(), source == null ? "" : source.strip(), note == null || note.isBlank() ? null : note.strip());
	}

	/** Marks each problem at its field; a problem of the whole baseline as a global error. */
	static void reject(List<BaselineProblem> problems, BindingResult errors) {
		for (BaselineProblem problem : problems) {
			if (problem == null) {
				continue;
			}
			String field = switch (problem.field()) {
				case "area" -> "areaId";
				case "indicatorCode", "year", "value", "source", "note" -> problem.field();
				default -> null;
			};
			if (field == null) {
				errors.reject(problem.messageKey(), problem.args().toArray(), null);
			}
			else if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, problem.messageKey(), problem.args().toArray(), null);
			}
		}
	}

	public String getIndicatorCode() {
		return indicatorCode;
	}

	public void setIndicatorCode(String indicatorCode) {
		this.indicatorCode = indicatorCode;
	}

	public String getAreaId() {
		return areaId;
	}

	public void setAreaId(String areaId) {
		this.areaId = areaId;
	}

	public String getYear() {
		return year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
