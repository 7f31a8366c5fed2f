package org.smartcityplanner.participation.domain.meeting;

/**
 * One thing wrong with one field of a meeting input. Message {@code participation.problem.<code>} with the
 * field's label ({@code participation.field.<field>}) and the limit as arguments.
 *
 * @param field the input field, as the form and the API name it
 * @param code what is wrong: {@code required}, {@code tooLong}, {@code endBeforeStart}, …
 * @param limit the limit broken (a length, hours), or 0
 */
public record FieldIssue(String field, String code, int limit) {

	public static FieldIssue required(String field) {
		return new FieldIssue(field, "required", 0);
	}
}
