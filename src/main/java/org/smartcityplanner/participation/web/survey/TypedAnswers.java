package org.smartcityplanner.participation.web.survey;

import java.util.List;
import java.util.Map;

/** What was typed into an answer form, so a refused form shows it again unchanged (nothing typed is lost). */
public class TypedAnswers {

	private final Map<String, List<String>> fields;

	TypedAnswers(Map<String, List<String>> fields) {
		this.fields = fields == null ? Map.of() : fields;
	}

	/** The first value of a field, or "". */
	public String value(String field) {
		List<String> values = fields.get(field);
		return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
	}

	/** Whether the field holds the value (a chosen radio button, a ticked box). */
	public boolean has(String field, Object value) {
		List<String> values = fields.get(field);
		return values != null && values.contains(String.valueOf(value));
	}
}
