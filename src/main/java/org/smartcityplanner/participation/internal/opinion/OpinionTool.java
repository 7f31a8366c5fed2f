package org.smartcityplanner.participation.internal.opinion;

import java.util.List;

import org.smartcityplanner.participation.ParticipationTool;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The opinion map (Pol.is-style) as a participation tool: the process opens it in a phase, and only then (and while
 * a conversation is open) the public votes and proposes statements.
 */
@Component
@Order(40)
class OpinionTool implements ParticipationTool {

	private final OpinionService opinions;

	OpinionTool(OpinionService opinions) {
		this.opinions = opinions;
	}

	@Override
	public String key() {
		return OpinionService.TOOL;
	}

	@Override
	public String nameMessageKey() {
		return "participation.tool.opinions";
	}

	@Override
	public String pagePath(ProvinceCode province) {
		return "/p/" + province.value() + "/participation/opinions";
	}

	@Override
	public Permissions permissions() {
		return Permissions.STAFF_MANAGE_PUBLIC_TAKES_PART;
	}

	@Override
	public List<Statistic> statistics(ProvinceCode province) {
		long[] figures = opinions.figures(province);
		String k = "participation.tool.opinions.stat.";
		return List.of(new Statistic(k + "conversations", figures[0]), new Statistic(k + "statements", figures[1]),
				new Statistic(k + "votes", figures[2]), new Statistic(k + "participants", figures[3]));
	}

	@Override
	public List<Export> exports(ProvinceCode province) {
		// the map and its table are on the conversation's page and in the API; no file yet
		return List.of();
	}
}
