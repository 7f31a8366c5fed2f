package org.smartcityplanner.participation.internal.ballot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.smartcityplanner.participation.domain.ballot.BallotStatus;
import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.Value;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The ballots section of the book's participation chapter: each closed ballot (imported Pabulib elections are not
 * the province's own and stay out) with its turnout by channel and the outcome table (project, approvals, share,
 * selected by equal shares, selected by greedy), from the figures stored when it was counted.
 */
@Component
public class BallotBookSection {

	private final BallotStore store;
	private final MessageSource messages;

	BallotBookSection(BallotStore store, MessageSource messages) {
		this.store = store;
		this.messages = messages;
	}

	/** The section's parts, empty when the province closed no ballot. */
	public List<Part> parts(ProvinceCode province, Locale language) {
		List<BallotView> closed = store.list(province).stream()
			.filter(b -> b.status() == BallotStatus.CLOSED && !b.imported())
			.toList();
		if (closed.isEmpty()) {
			return List.of();
		}
		List<Part> parts = new ArrayList<>();
		parts.add(new Part.Heading(2, t(language, "participation.book.ballots")));
		parts.add(Part.Paragraph.body(t(language, "participation.book.ballots.intro")));
		for (BallotView ballot : closed) {
			long online = ballot.onlineBallots() == null ? 0 : ballot.onlineBallots();
			long paper = ballot.paperBallots() == null ? 0 : ballot.paperBallots();
			parts.add(Part.Paragraph.body(t(language, "participation.book.ballots.turnout", ballot.title(),
					ballot.budget().formatted(), online + paper, online, paper)));
			parts.add(table(ballot, language));
		}
		return parts;
	}

	private Part.Table table(BallotView ballot, Locale language) {
		String yes = t(language, "participation.book.ballots.yes");
		String no = t(language, "participation.book.ballots.no");
		List<List<Value>> rows = new ArrayList<>();
		for (BallotItemView item : store.items(ballot.id())) {
			BigDecimal share = item.voteShare() == null ? BigDecimal.ZERO : item.voteShare();
			rows.add(List.of(Value.text(item.title() + "\n" + item.cost().formatted()),
					Value.whole(item.approvals() == null ? 0 : item.approvals()),
					Value.oneDecimal(share.movePointRight(2)),
					Value.text(Boolean.TRUE.equals(item.selectedByEqualShares()) ? yes : no),
					Value.text(Boolean.TRUE.equals(item.selectedByGreedy()) ? yes : no)));
		}
		return new Part.Table(t(language, "participation.book.ballots.table", ballot.title()),
				List.of(Part.Table.Column.text(t(language, "participation.book.ballots.project"), 5),
						Part.Table.Column.number(t(language, "participation.book.ballots.approvals"), 1.5),
						Part.Table.Column.number(t(language, "participation.book.ballots.share"), 1.5),
						Part.Table.Column.text(t(language, "participation.book.ballots.equalShares"), 1.8),
						Part.Table.Column.text(t(language, "participation.book.ballots.greedy"), 1.8)),
				rows);
	}

	private String t(Locale language, String key, Object... args) {
		return messages.getMessage(key, args, language);
	}
}
