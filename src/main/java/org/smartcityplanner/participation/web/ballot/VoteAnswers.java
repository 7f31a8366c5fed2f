package org.smartcityplanner.participation.web.ballot;

import java.util.List;

import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.ballot.VoteReceipt;
import org.smartcityplanner.participation.web.survey.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A submitted ballot's HTTP answer, the same for the public and for paper: 201 stored, 200 changed or the same
 * submission again, 409 with the reason when the ballot takes no votes (closed, a draft, or its phase is over).
 */
@Component
class VoteAnswers {

	private final ApiProblems problems;

	VoteAnswers(ApiProblems problems) {
		this.problems = problems;
	}

	ResponseEntity<?> of(VoteReceipt receipt) {
		return switch (receipt.outcome()) {
			case STORED -> ResponseEntity.status(HttpStatus.CREATED).body(receipt);
			case CHANGED, ALREADY_STORED -> ResponseEntity.ok(receipt);
			case NOT_OPEN -> problems.of(HttpStatus.CONFLICT,
					List.of(Problem.of(null, "participation.ballot.vote.notOpen")));
		};
	}
}
