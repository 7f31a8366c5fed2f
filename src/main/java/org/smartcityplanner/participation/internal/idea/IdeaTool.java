package org.smartcityplanner.participation.internal.idea;

import java.util.List;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaCounts;
import org.smartcityplanner.participation.ParticipationApi;
import org.smartcityplanner.participation.ParticipationTool;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Citizens' ideas as a participation tool: the process opens it in a phase (usually the ideas phase), and only
 * then the public may propose, support and comment. Its figures come from the module's one statistics service, as
 * the portal's and the landing page's do.
 */
@Component
@Order(30)
class IdeaTool implements ParticipationTool {

	private final ParticipationApi statistics;

	IdeaTool(ParticipationApi statistics) {
		this.statistics = statistics;
	}

	@Override
	public String key() {
		return IdeaApi.TOOL;
	}

	@Override
	public String nameMessageKey() {
		return "participation.tool.ideas";
	}

	@Override
	public String pagePath(ProvinceCode province) {
		return "/p/" + province.value() + "/participation/ideas";
	}

	@Override
	public Permissions permissions() {
		return Permissions.STAFF_MANAGE_PUBLIC_TAKES_PART;
	}

	@Override
	public List<Statistic> statistics(ProvinceCode province) {
		IdeaCounts counts = statistics.ideaCounts(province);
		String k = "participation.tool.ideas.stat.";
		return List.of(new Statistic(k + "ideas", counts.total() + counts.hidden()),
				new Statistic(k + "published", counts.all().underConsideration()),
				new Statistic(k + "accepted", counts.all().accepted()),
				new Statistic(k + "declined", counts.all().declined()),
				new Statistic(k + "hidden", counts.hidden()),
				new Statistic(k + "paper", counts.paper().total()));
	}

	@Override
	public List<Export> exports(ProvinceCode province) {
		// ideas have no file export yet: the staff list and the API serve them
		return List.of();
	}
}
