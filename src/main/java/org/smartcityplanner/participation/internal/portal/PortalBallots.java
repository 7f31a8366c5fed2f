package org.smartcityplanner.participation.internal.portal;

import java.util.List;

import org.smartcityplanner.participation.BallotKind;
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
	 * A ballot the portal lists.
	 *
	 * @param open whether it takes votes (by its status; the process's phase is checked by the caller)
	 */
	record Listed(PortalBallot ballot, boolean open) {
	}

	/** The open and closed ballots of the province, newest first (the staff list's order). */
	List<Listed> of(ProvinceCode province) {
		return jdbc.sql("""
				select id, title, kind, max_choices, budget_satang, status from par_ballot
				where province_code = ? and status in ('OPEN', 'CLOSED') order by id desc""")
			.param(province.value())
			.query((rs, n) -> {
				int maxChoices = rs.getInt("max_choices");
				Integer max = rs.wasNull() ? null : maxChoices;
				long id = rs.getLong("id");
				return new Listed(new PortalBallot(rs.getString("title"), BallotKind.valueOf(rs.getString("kind")),
						max, new Baht(rs.getLong("budget_satang")).toBigDecimal(),
						"/public/" + province.value() + "/ballots/" + id), "OPEN".equals(rs.getString("status")));
			})
			.list();
	}
}
