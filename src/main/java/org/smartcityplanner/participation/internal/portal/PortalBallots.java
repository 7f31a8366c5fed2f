package org.smartcityplanner.participation.internal.portal;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.participation.domain.ballot.BallotStatus;
import org.smartcityplanner.participation.internal.portal.PortalView.Ballots;
import org.smartcityplanner.participation.internal.portal.PortalView.PortalBallot;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The province's ballots the public may see, in one query: open ones (to vote in) and closed ones (their result).
 * A draft is the working group's business and is never read here.
 */
@Component
class PortalBallots {

	private final JdbcClient jdbc;

	PortalBallots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The open and closed ballots of the province, each newest first (the staff list's order).
	 *
	 * @param toolOpen whether the process's current phase opens the ballots tool today (an open ballot takes votes
	 *        only then, as its page says)
	 */
	Ballots of(ProvinceCode province, boolean toolOpen) {
		List<PortalBallot> open = new ArrayList<>();
		List<PortalBallot> closed = new ArrayList<>();
		jdbc.sql("""
				select id, title, kind, max_choices, budget_satang, status from par_ballot
				where province_code = ? and status in ('OPEN', 'CLOSED') order by id desc""")
			.param(province.value())
			.query(rs -> {
				int maxChoices = rs.getInt("max_choices");
				Integer max = rs.wasNull() ? null : maxChoices;
				boolean isOpen = BallotStatus.valueOf(rs.getString("status")).takesVotes();
				(isOpen ? open : closed).add(new PortalBallot(rs.getString("title"),
						BallotKind.valueOf(rs.getString("kind")), max, new Baht(rs.getLong("budget_satang")).toBigDecimal(),
						"/public/" + province.value() + "/ballots/" + rs.getLong("id"), toolOpen && isOpen));
			});
		return new Ballots(List.copyOf(open), List.copyOf(closed));
	}
}
