package org.smartcityplanner.participation.web.ballot;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.smartcityplanner.participation.BallotItemOutcome;
import org.smartcityplanner.participation.domain.ballot.counting.CandidateExplanation;
import org.smartcityplanner.participation.domain.ballot.counting.Outcome;
import org.smartcityplanner.participation.internal.ballot.BallotCount;
import org.smartcityplanner.participation.internal.ballot.BallotItemView;
import org.smartcityplanner.participation.internal.ballot.VoteReceipt;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a count into what a reader sees: baht instead of the satang counting works in, and each project's reason
 * as a sentence with its numbers in the reader's language.
 */
@Component
class BallotResults {

	private final MessageSource messages;

	BallotResults(MessageSource messages) {
		this.messages = messages;
	}

	BallotResultView of(BallotCount count, Locale locale) {
		List<BallotItemOutcome> outcomes = count.outcomes();
		List<BallotResultView.ProjectResult> projects = new ArrayList<>();
		for (int i = 0; i < outcomes.size(); i++) {
			BallotItemView item = count.ballot().items().get(i);
			BallotItemOutcome outcome = outcomes.get(i);
			String id = String.valueOf(item.id());
			projects.add(new BallotResultView.ProjectResult(item.id(), item.ref().toString(), item.title(),
					item.cost().toBigDecimal(), outcome.approvals(), outcome.voteShare(),
					outcome.selectedByEqualShares(), outcome.selectedByGreedy(),
					reason(count.equalShares().explanation(id), item, locale),
					reason(count.greedy().explanation(id), item, locale)));
		}
		Outcome mes = count.equalShares();
		return new BallotResultView(count.ballot().id(), count.ballot().title(), count.ballot().budget().toBigDecimal(),
				count.online(), count.paper(),
				messages.getMessage("participation.ballot.tieRule." + mes.tieRule().name(), null, locale),
				baht(BigDecimal.valueOf(mes.spent())), baht(BigDecimal.valueOf(count.greedy().spent())),
				mes.perVoterBudget() == null ? null : baht(mes.perVoterBudget()), projects);
	}

	/** What the voter's ticks became: their payments under equal shares and one sentence per ticked project. */
	BallotResultView.VoterShare voterShare(BallotCount count, VoteReceipt vote, Locale locale) {
		List<BallotResultView.Paid> paid = count.equalShares().paymentsOf(String.valueOf(vote.voteId())).stream()
			.map(p -> {
				BallotItemView item = item(count, Long.parseLong(p.candidateId()));
				return new BallotResultView.Paid(item.id(), item.title(), baht(p.amount()));
			})
			.toList();
		List<String> sentences = vote.choices().stream().map(id -> {
			BallotItemView item = item(count, id);
			return item.title() + ": " + reason(count.equalShares().explanation(String.valueOf(id)), item, locale);
		}).toList();
		return new BallotResultView.VoterShare(vote.choices(), paid, sentences);
	}

	private String reason(CandidateExplanation e, BallotItemView item, Locale locale) {
		Object[] args = { e.approvals(), e.payers(), text(e.share()), text(e.paidTotal()), text(e.shortfall()),
				e.moneyLeft() == null ? "" : text(BigDecimal.valueOf(e.moneyLeft())),
				item.cost().formatted(), e.rankByApprovals() };
		return messages.getMessage("participation.ballot.reason." + e.reason().name(), args, locale);
	}

	private static BallotItemView item(BallotCount count, long id) {
		return count.ballot().items().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
	}

	/** Satang (counting's unit) to baht, two decimals. */
	static BigDecimal baht(BigDecimal satang) {
		return satang.movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_EVEN);
	}

	private static String text(BigDecimal satang) {
		return satang == null ? "" : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH))
			.format(baht(satang));
	}
}
