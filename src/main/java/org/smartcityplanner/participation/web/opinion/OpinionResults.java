package org.smartcityplanner.participation.web.opinion;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;

import org.smartcityplanner.participation.domain.opinion.OpinionMap;
import org.smartcityplanner.participation.domain.opinion.Repness;
import org.smartcityplanner.participation.domain.opinion.Tally;
import org.smartcityplanner.participation.internal.opinion.OpinionSnapshot;
import org.smartcityplanner.participation.internal.opinion.Statement;

/**
 * A computed map as the table beside the chart and the API show it: groups with their sizes and representative
 * statements (with the group's agree and disagree shares in whole percent), and the consensus statements.
 */
@Schema(name = "OpinionResults", description = "The opinion map's groups and statements, as computed at computedAt")
record OpinionResults(@Schema(requiredMode = REQUIRED) Instant computedAt,
		@Schema(requiredMode = REQUIRED, description = "Votes it was computed from") int votes,
		@Schema(requiredMode = REQUIRED, description = "Everyone who voted") int voters,
		@Schema(requiredMode = REQUIRED, description = "Participants on the map (enough votes)") int placed,
		@Schema(requiredMode = REQUIRED, description = "Fewest votes that put a participant on the map") int minimumVotes,
		@Schema(requiredMode = REQUIRED) List<GroupRow> groups,
		@Schema(requiredMode = REQUIRED) List<ConsensusRow> consensus,
		@Schema(requiredMode = REQUIRED, description = "Each placed participant's position and group (no names)")
		List<OpinionMap.Point> points) {

	@Schema(name = "OpinionGroup")
	record GroupRow(@Schema(requiredMode = REQUIRED, description = "1 = the largest") int number,
			@Schema(requiredMode = REQUIRED) int size, @Schema(requiredMode = REQUIRED) List<StatementRow> statements) {
	}

	@Schema(name = "OpinionRepresentativeStatement")
	record StatementRow(@Schema(requiredMode = REQUIRED) long statementId, @Schema(requiredMode = REQUIRED) String text,
			@Schema(requiredMode = REQUIRED, allowableValues = { "AGREE", "DISAGREE" }) String direction,
			@Schema(requiredMode = REQUIRED) int agreePercent, @Schema(requiredMode = REQUIRED) int disagreePercent,
			@Schema(requiredMode = REQUIRED) int votes) {
	}

	@Schema(name = "OpinionConsensusStatement")
	record ConsensusRow(@Schema(requiredMode = REQUIRED) long statementId, @Schema(requiredMode = REQUIRED) String text,
			@Schema(requiredMode = REQUIRED, description = "Each group's agree share, in group order")
			List<Integer> agreePercentByGroup) {
	}

	static OpinionResults of(OpinionSnapshot snapshot, List<Statement> statements) {
		Map<Long, String> texts = statements.stream().collect(Collectors.toMap(Statement::id, Statement::text));
		Function<Long, String> text = id -> texts.getOrDefault(id, "");
		OpinionMap map = snapshot.map();
		List<GroupRow> groups = map.groups().stream()
			.map(g -> new GroupRow(g.index() + 1, g.size(),
					g.representative().stream().map(r -> row(r, text)).toList()))
			.toList();
		List<ConsensusRow> consensus = map.consensus().stream()
			.map(c -> new ConsensusRow(c.statementId(), text.apply(c.statementId()),
					c.perGroup().stream().map(t -> percent(t.agreeShare())).toList()))
			.toList();
		return new OpinionResults(snapshot.computedAt(), snapshot.votes(), map.voters(), map.placed(),
				map.minimumVotes(), groups, consensus, map.points());
	}

	private static StatementRow row(Repness.Representative r, Function<Long, String> text) {
		Tally t = r.inGroup();
		return new StatementRow(r.statementId(), text.apply(r.statementId()), r.direction().name(),
				percent(t.agreeShare()), percent(t.disagreeShare()), t.seen());
	}

	/** A share in whole percent, rounded half up (shares are display figures, not money). */
	static int percent(double share) {
		return (int) Math.round(share * 100);
	}

}
