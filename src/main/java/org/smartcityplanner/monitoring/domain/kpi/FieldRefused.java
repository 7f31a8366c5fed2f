package org.smartcityplanner.monitoring.domain.kpi;

import org.smartcityplanner.shared.InvalidInputException;

/** A reported value refused because of one field, which the form or the import's row error names. */
public class FieldRefused extends InvalidInputException {

	private final String field;

	public FieldRefused(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	/** {@code value}, {@code source} or {@code note}. */
	public String field() {
		return field;
	}
}
