package org.smartcityplanner.participation.web.meeting;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.participation.domain.meeting.FieldIssue;
import org.springframework.validation.BindingResult;

/** Values the form binding could not even convert (letters in a number field), as issues naming the field. */
final class BindingIssues {

	private BindingIssues() {
	}

	static List<FieldIssue> of(BindingResult binding) {
		List<FieldIssue> issues = new ArrayList<>();
		binding.getFieldErrors().forEach(error -> issues.add(new FieldIssue(error.getField(), "badValue", 0)));
		return issues;
	}
}
