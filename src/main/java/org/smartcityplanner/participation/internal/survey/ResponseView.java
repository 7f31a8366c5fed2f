package org.smartcityplanner.participation.internal.survey;

import java.time.Instant;
import java.util.List;

/**
 * One response written out for people: its answers as text, one per question (empty when not answered).
 *
 * @param id the response
 * @param channel {@code ONLINE} or {@code PAPER}
 * @param submittedAt when it came in (or was typed)
 * @param enteredBy who typed it (paper), else empty
 * @param sector the respondent's sector label
 * @param area the respondent's area label
 * @param answers per question, in order
 */
public record ResponseView(long id, String channel, Instant submittedAt, String enteredBy, String sector, String area,
		List<String> answers) {

	public ResponseView {
		answers = List.copyOf(answers);
	}
}
