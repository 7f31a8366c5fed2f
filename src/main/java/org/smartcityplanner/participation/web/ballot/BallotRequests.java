package org.smartcityplanner.participation.web.ballot;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.smartcityplanner.participation.BallotDraft;
import org.smartcityplanner.participation.BallotItem;
import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ResourceRef;

/** The ballots API's request bodies. */
final class BallotRequests {

	private BallotRequests() {
	}

	@Schema(name = "BallotRequest", description = "A ballot to draft, or a draft's new content")
	record NewBallot(@Schema(requiredMode = REQUIRED, maxLength = 200) String title,
			@Schema(requiredMode = REQUIRED) BallotKind kind,
			@Schema(description = "K_APPROVAL only: the most projects one ballot may tick") Integer maxChoices,
			@Schema(requiredMode = REQUIRED, description = "Baht to share out", example = "10000000") BigDecimal budget,
			@Schema(requiredMode = REQUIRED, description = "At least two") List<Item> items,
			@Schema(description = "PUT only: the ballot's version as read") Integer version) {

		/** The draft, or problems naming the field (a bad reference or amount). */
		BallotDraft draft() {
			List<Problem> problems = new ArrayList<>();
			List<BallotItem> drafted = new ArrayList<>();
			List<Item> given = items == null ? List.of() : items;
			for (int i = 0; i < given.size(); i++) {
				Item item = given.get(i);
				String field = "items[" + i + "]";
				try {
					ResourceRef ref = ResourceRef.parse(item == null ? null : item.ref());
					Baht cost = Baht.checked(item.cost(), field + ".cost");
					drafted.add(new BallotItem(ref, item.title() == null ? "" : item.title(), cost));
				}
				catch (InvalidInputException e) {
					problems.add(new Problem(field, e.messageKey(), e.arguments()));
				}
			}
			Baht money = null;
			if (budget != null) {
				try {
					money = Baht.checked(budget, "budget");
				}
				catch (InvalidInputException e) {
					problems.add(new Problem("budget", e.messageKey(), e.arguments()));
				}
			}
			if (!problems.isEmpty()) {
				throw new InputProblemsException(problems);
			}
			return new BallotDraft(title, kind, maxChoices, money, drafted);
		}
	}

	@Schema(name = "BallotItemRequest")
	record Item(@Schema(requiredMode = REQUIRED, example = "plan.project:P-07") String ref,
			@Schema(requiredMode = REQUIRED, maxLength = 300) String title,
			@Schema(requiredMode = REQUIRED, description = "Baht", example = "2500000") BigDecimal cost) {
	}

	@Schema(name = "BallotStepRequest", description = "Opens or closes a ballot")
	record Step(@Schema(requiredMode = REQUIRED, description = "The ballot's version as read") Integer version) {
	}

	@Schema(name = "PaperBallotRequest", description = "A paper ballot as typed from the sheet")
	record Paper(@Schema(requiredMode = REQUIRED, description = "Item ids ticked on the sheet") List<Long> choices,
			@Schema(requiredMode = REQUIRED, description = "One per sheet, 16–64 letters, digits, - or _: typing the"
					+ " same sheet again stores nothing more") String idempotencyKey) {
	}

	@Schema(name = "BallotVoteRequest", description = "A citizen's ballot")
	record Vote(@Schema(requiredMode = REQUIRED, description = "Item ids ticked") List<Long> choices,
			@Schema(requiredMode = REQUIRED, description = "From the ballot's form data; a new one for a change of"
					+ " mind") String idempotencyKey,
			@Schema(requiredMode = REQUIRED, description = "The form stamp from the ballot's form data") String stamp,
			@Schema(description = "Leave empty (a field only bots fill in)") String website) {
	}

	static int version(Integer version) {
		if (version == null) {
			throw new InputProblemsException(List.of(Problem.of("version", "participation.ballot.version.required")));
		}
		return version;
	}
}
