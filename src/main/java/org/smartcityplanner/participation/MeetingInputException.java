package org.smartcityplanner.participation;

import java.util.List;

import org.smartcityplanner.participation.domain.meeting.FieldIssue;
import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A meeting input the rules refuse, with every issue by field; its own message is the first issue's, so callers
 * that only show one message (the API's problem detail) still name a field.
 */
public class MeetingInputException extends InvalidInputException {

	private final transient List<FieldIssue> issues;

	public MeetingInputException(List<FieldIssue> issues) {
		super("participation.problem." + issues.get(0).code(), label(issues.get(0)), issues.get(0).limit());
		this.issues = List.copyOf(issues);
	}

	public List<FieldIssue> issues() {
		return issues;
	}

	/** The field's label in the reader's language, resolved when the message is ({@code participation.field.*}). */
	public static MessageSourceResolvable label(FieldIssue issue) {
		String field = baseField(issue);
		return new DefaultMessageSourceResolvable(new String[] { "participation.field." + field }, field);
	}

	/** {@code actions[0].ownerName} is labelled as {@code ownerName}. */
	public static String baseField(FieldIssue issue) {
		String field = issue.field();
		int dot = field.lastIndexOf('.');
		return (dot < 0 ? field : field.substring(dot + 1)).replaceAll("\\[\\d+]", "");
	}
}
