package org.smartcityplanner.participation.internal.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.participation.ParticipationProcess;
import org.smartcityplanner.participation.domain.opinion.VoteValue;
import org.smartcityplanner.participation.domain.process.Phase;
import org.smartcityplanner.participation.domain.process.PhaseKind;
import org.smartcityplanner.participation.internal.opinion.Conversation;
import org.smartcityplanner.participation.internal.opinion.OpinionAnalyses;
import org.smartcityplanner.participation.internal.opinion.OpinionService;
import org.smartcityplanner.participation.internal.opinion.VoteOutcome;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo province's opinion map ({@link DemoOpinions}): the tool opened in the ideas phase, one conversation with
 * twelve statements, eighty fictional participants whose votes follow three leanings with their own variations
 * (a fixed pseudo-random sequence: the demo is the same on every start), and the map computed and published.
 */
@Component
@Profile("!prod")
class OpinionDemoSeed implements DemoSeed {

	/** After the ideas, whose seed sets up the ideas phase this one opens the map in. */
	static final int ORDER = IdeaDemoSeed.ORDER + 10;

	private static final Logger log = LoggerFactory.getLogger(OpinionDemoSeed.class);

	private final OpinionService opinions;
	private final OpinionAnalyses analyses;
	private final ProcessUseCases process;

	OpinionDemoSeed(OpinionService opinions, OpinionAnalyses analyses, ProcessUseCases process) {
		this.opinions = opinions;
		this.analyses = analyses;
		this.process = process;
	}

	@Override
	public int order() {
		return ORDER;
	}

	@Override
	public boolean isSeeded(ProvinceCode province) {
		return !opinions.conversations(province).isEmpty();
	}

	@Override
	public void seed(ProvinceCode province) {
		openInTheIdeaPhase(province);
		Conversation conversation = opinions.create(province, DemoOpinions.TOPIC, DemoOpinions.DESCRIPTION, true);
		List<Long> statements = new ArrayList<>();
		for (String text : DemoOpinions.STATEMENTS) {
			statements.add(opinions.addStatement(province, conversation.id(), text).id());
		}
		long state = 20261210L;
		int participant = 0;
		for (DemoOpinions.Leaning group : DemoOpinions.GROUPS) {
			for (int i = 0; i < group.size(); i++) {
				participant++;
				for (int j = 0; j < statements.size(); j++) {
					state = next(state);
					int roll = (int) ((state >>> 33) % 100);
					if (roll < 8) {
						continue; // not seen
					}
					VoteValue value = roll < 20 ? vary(group.votes().charAt(j), roll) : of(group.votes().charAt(j));
					VoteOutcome outcome = opinions.vote(province, conversation.id(), statements.get(j), value,
							"demo-opinion-" + participant);
					if (!outcome.accepted()) {
						log.warn("Demo opinion votes not seeded: the opinion map is closed in {}", province);
						return;
					}
				}
			}
		}
		analyses.compute(province, conversation.id());
		Conversation current = opinions.conversation(province, conversation.id());
		opinions.publish(province, conversation.id(), current.version(), true);
	}

	/** Knuth's MMIX linear congruential step: a fixed sequence, so the demo votes are the same on every start. */
	private static long next(long state) {
		return state * 6364136223846793005L + 1442695040888963407L;
	}

	private static VoteValue of(char leaning) {
		return switch (leaning) {
			case 'A' -> VoteValue.AGREE;
			case 'D' -> VoteValue.DISAGREE;
			default -> VoteValue.PASS;
		};
	}

	/** A participant's own view against the group's: a pass, or the other side. */
	private static VoteValue vary(char leaning, int roll) {
		if (roll % 2 == 0) {
			return VoteValue.PASS;
		}
		return leaning == 'A' ? VoteValue.DISAGREE : VoteValue.AGREE;
	}

	private void openInTheIdeaPhase(ProvinceCode province) {
		ParticipationProcess now = process.process(province);
		if (!now.defined() || now.phases().stream()
			.anyMatch(p -> p.kind() == PhaseKind.IDEAS && p.openTools().contains(OpinionService.TOOL))) {
			return;
		}
		List<Phase> phases = now.phases().stream().map(phase -> {
			if (phase.kind() != PhaseKind.IDEAS) {
				return phase;
			}
			Set<String> tools = new HashSet<>(phase.openTools());
			tools.add(OpinionService.TOOL);
			return new Phase(phase.kind(), phase.startsOn(), phase.endsOn(), tools);
		}).toList();
		process.save(province, now.version(), phases);
	}
}
