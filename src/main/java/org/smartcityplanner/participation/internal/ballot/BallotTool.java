package org.smartcityplanner.participation.internal.ballot;

import java.util.List;

import org.smartcityplanner.participation.BallotApi;
import org.smartcityplanner.participation.ParticipationTool;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Participatory-budgeting ballots as a participation tool: the process opens it in a phase (usually the
 * prioritise phase), and only then the public may vote on an open ballot. Its figures come from one query; each
 * closed ballot exports its votes as a Pabulib file.
 */
@Component
@Order(40)
class BallotTool implements ParticipationTool {

	private final VoteStore votes;
	private final BallotStore ballots;

	BallotTool(VoteStore votes, BallotStore ballots) {
		this.votes = votes;
		this.ballots = ballots;
	}

	@Override
	public String key() {
		return BallotApi.TOOL;
	}

	@Override
	public String nameMessageKey() {
		return "participation.tool.ballots";
	}

	@Override
	public String pagePath(ProvinceCode province) {
		return "/p/" + province.value() + "/participation/ballots";
	}

	@Override
	public Permissions permissions() {
		return Permissions.STAFF_MANAGE_PUBLIC_TAKES_PART;
	}

	@Override
	public List<Statistic> statistics(ProvinceCode province) {
		long[] f = votes.figures(province.value());
		String k = "participation.tool.ballots.stat.";
		return List.of(new Statistic(k + "ballots", f[0]), new Statistic(k + "open", f[1]),
				new Statistic(k + "closed", f[2]), new Statistic(k + "online", f[3]), new Statistic(k + "paper", f[4]),
				new Statistic(k + "pending", f[5]));
	}

	@Override
	public List<Export> exports(ProvinceCode province) {
		return ballots.list(province).stream()
			.filter(b -> !b.imported())
			.map(b -> new Export(b.title(), "pb", "/api/v1/provinces/" + province.value() + "/ballots/" + b.id()
					+ "/pabulib"))
			.toList();
	}
}
