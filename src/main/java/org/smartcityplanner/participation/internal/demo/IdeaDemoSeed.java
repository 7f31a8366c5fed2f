package org.smartcityplanner.participation.internal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaProposal;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.ParticipationProcess;
import org.smartcityplanner.participation.domain.idea.IdeaChannel;
import org.smartcityplanner.participation.domain.idea.IdeaDraft;
import org.smartcityplanner.participation.domain.process.Phase;
import org.smartcityplanner.participation.domain.process.PhaseKind;
import org.smartcityplanner.participation.internal.demo.DemoIdeas.Accepted;
import org.smartcityplanner.participation.internal.demo.DemoIdeas.Declined;
import org.smartcityplanner.participation.internal.demo.DemoIdeas.Hidden;
import org.smartcityplanner.participation.internal.demo.DemoIdeas.Idea;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.participation.spi.PlanItemCatalogue;
import org.smartcityplanner.participation.spi.PlanItemChoice;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo province's ideas ({@link DemoIdeas}), written through {@link IdeaApi} like the public's and staff's own:
 * proposed online or typed from paper, then hidden, declined (and rated by their authors) or accepted as the demo
 * plan's projects, which the plan catalogue names; accepting publishes {@code IdeaAccepted}, so the plan links the
 * project back to the idea as it does for staff. Supports, comments and the dates spread over the idea phase are
 * written by {@link DemoIdeaActivity}.
 */
@Component
@Profile("!prod")
class IdeaDemoSeed implements DemoSeed {

	/** After the plan (accepted ideas name its projects) and the process the survey seed sets up. */
	static final int ORDER = 740;

	private static final Logger log = LoggerFactory.getLogger(IdeaDemoSeed.class);

	private final IdeaApi ideas;
	private final ProcessUseCases process;
	private final ProfileApi profile;
	private final PlanItemCatalogue plan;
	private final DemoIdeaActivity activity;
	private final Clock clock;

	IdeaDemoSeed(IdeaApi ideas, ProcessUseCases process, ProfileApi profile, PlanItemCatalogue plan,
			DemoIdeaActivity activity, Clock clock) {
		this.ideas = ideas;
		this.process = process;
		this.profile = profile;
		this.plan = plan;
		this.activity = activity;
		this.clock = clock;
	}

	@Override
	public int order() {
		return ORDER;
	}

	@Override
	public boolean isSeeded(ProvinceCode province) {
		return !ideas.countsByStatus(province).isEmpty();
	}

	@Override
	public void seed(ProvinceCode province) {
		openIdeasInTheIdeaPhase(province);
		Map<AreaType, Long> areas = profile.areasOf(province).stream()
			.collect(Collectors.toMap(TargetAreaView::type, TargetAreaView::id, (first, second) -> first));
		Map<String, PlanItemChoice> items = plan.items(province).stream()
			.collect(Collectors.toMap(PlanItemChoice::title, Function.identity(), (first, second) -> first));
		Instant now = clock.instant();
		int number = 0;
		for (Idea idea : DemoIdeas.ALL) {
			number++;
			Long area = idea.area() == null ? null : areas.get(idea.area());
			IdeaDraft draft = new IdeaDraft(idea.title(), idea.description(), idea.dimension(),
					area == null ? "" : String.valueOf(area), "", "");
			String key = "demo-idea-" + province.value() + "-" + number;
			IdeaProposal proposal = idea.channel() == IdeaChannel.PAPER ? ideas.proposePaper(province, draft, key)
					: ideas.propose(province, draft, key, "demo-author-" + number);
			if (!proposal.accepted()) {
				log.warn("Demo ideas not seeded: the ideas tool is closed in {}", province);
				return;
			}
			IdeaView view = proposal.idea();
			Instant proposed = now.minus(Duration.ofDays(idea.daysAgo())).plus(Duration.ofHours(9 + number % 9));
			activity.supportAndComment(province, view.id(), number, idea, proposed, now);
			decide(province, view, proposal.authorSecret(), idea, items);
			activity.spreadOverThePhase(view.id(), proposed, idea.daysAgo());
		}
	}

	private void decide(ProvinceCode province, IdeaView view, String secret, Idea idea,
			Map<String, PlanItemChoice> items) {
		if (idea.fate() instanceof Hidden hidden) {
			ideas.hide(province, view.id(), view.version(), hidden.reason());
		}
		else if (idea.fate() instanceof Declined declined) {
			ideas.decline(province, view.id(), view.version(), declined.reason());
			rate(province, secret, declined.rating(), declined.comment());
		}
		else if (idea.fate() instanceof Accepted accepted) {
			Optional<PlanItemChoice> item = Optional.ofNullable(items.get(accepted.planItemTitle()));
			if (item.isEmpty()) {
				// without the demo plan (its seed needs both target areas) the idea stays under consideration
				log.warn("Demo idea '{}' left under consideration: no plan item '{}' in {}", idea.title(),
						accepted.planItemTitle(), province);
				return;
			}
			ideas.accept(province, view.id(), view.version(), item.get().ref(), item.get().title());
			rate(province, secret, accepted.rating(), accepted.comment());
		}
	}

	private void rate(ProvinceCode province, String secret, int rating, String comment) {
		if (rating > 0) {
			ideas.rate(province, secret, rating, comment);
		}
	}

	/**
	 * The survey seed opens the ideas tool in its idea phase; a demo database seeded before ideas existed gets the
	 * tool opened here, so its ideas go through the same rule as the public's.
	 */
	private void openIdeasInTheIdeaPhase(ProvinceCode province) {
		ParticipationProcess now = process.process(province);
		if (now.phases().stream().anyMatch(p -> p.kind() == PhaseKind.IDEAS && p.openTools().contains(IdeaApi.TOOL))) {
			return;
		}
		List<Phase> phases = now.phases().stream().map(phase -> {
			if (phase.kind() != PhaseKind.IDEAS) {
				return phase;
			}
			Set<String> tools = new HashSet<>(phase.openTools());
			tools.add(IdeaApi.TOOL);
			return new Phase(phase.kind(), phase.startsOn(), phase.endsOn(), tools);
		}).toList();
		process.save(province, now.version(), phases);
	}
}
