package org.smartcityplanner.participation.internal.idea;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.ParticipationTool;
import org.smartcityplanner.participation.domain.idea.IdeaStatus;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Citizens' ideas as a participation tool: the process opens it in a phase (usually the ideas phase), and only
 * then the public may propose, support and comment. Its figures come from the ideas' one grouped count.
 */
@Component
@Order(30)
class IdeaTool implements ParticipationTool {

	private final IdeaService ideas;

	IdeaTool(IdeaService ideas) {
		this.ideas = ideas;
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
		return new Permissions(Set.of(Role.ADMIN, Role.CONSULTANT, Role.COORDINATOR),
				Set.of(Role.ADMIN, Role.CONSULTANT, Role.COORDINATOR, Role.WORKING_GROUP), true);
	}

	@Override
	public List<Statistic> statistics(ProvinceCode province) {
		Map<IdeaStatus, Long> counts = ideas.countsByStatus(province);
		String k = "participation.tool.ideas.stat.";
		return List.of(new Statistic(k + "ideas", counts.values().stream().mapToLong(Long::longValue).sum()),
				new Statistic(k + "published", counts.getOrDefault(IdeaStatus.PUBLISHED, 0L)),
				new Statistic(k + "accepted", counts.getOrDefault(IdeaStatus.ACCEPTED, 0L)),
				new Statistic(k + "declined", counts.getOrDefault(IdeaStatus.DECLINED, 0L)),
				new Statistic(k + "hidden", counts.getOrDefault(IdeaStatus.HIDDEN, 0L)),
				new Statistic(k + "paper", ideas.paperCount(province)));
	}

	@Override
	public List<Export> exports(ProvinceCode province) {
		// ideas have no file export yet: the staff list and the API serve them
		return List.of();
	}
}
