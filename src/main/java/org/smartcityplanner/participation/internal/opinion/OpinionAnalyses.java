package org.smartcityplanner.participation.internal.opinion;

import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.participation.domain.opinion.OpinionAnalysis;
import org.smartcityplanner.participation.domain.opinion.OpinionMap;
import org.smartcityplanner.participation.domain.opinion.Vote;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Staff compute a conversation's map on demand; it is stored with the time it was computed, so pages show the same
 * map until someone computes it again, and computing the same votes again stores the same map.
 */
@Service
public class OpinionAnalyses {

	private final OpinionService conversations;
	private final OpinionStore store;
	private final AuditLog audit;
	private final JsonMapper json;
	private final java.time.Clock clock;

	OpinionAnalyses(OpinionService conversations, OpinionStore store, AuditLog audit, JsonMapper json,
			java.time.Clock clock) {
		this.conversations = conversations;
		this.store = store;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/** Computes and stores the map of the votes on the shown statements. Audited. */
	@Transactional
	public OpinionSnapshot compute(ProvinceCode province, long id) {
		Conversation conversation = conversations.conversation(province, id);
		var votes = store.votes(conversation.id());
		var statements = conversations.shownStatements(province, id).stream().map(Statement::id).toList();
		OpinionMap map = OpinionAnalysis.of(statements, votes);
		OpinionSnapshot snapshot = new OpinionSnapshot(clock.instant(), votes.size(), map);
		store.saveSnapshot(conversation.id(), snapshot.computedAt(), votes.size(), json.writeValueAsString(map));
		audit.record(new AuditChange("opinion-conversation", String.valueOf(id), "generated", province, null,
				Map.of("votes", votes.size(), "groups", map.groups().size())));
		return snapshot;
	}

	/** The last computed map, if any. */
	@Transactional(readOnly = true)
	public Optional<OpinionSnapshot> last(ProvinceCode province, long id) {
		Conversation conversation = conversations.conversation(province, id);
		return store.snapshot(conversation.id())
			.map(s -> new OpinionSnapshot(s.computedAt(), s.votes(), json.readValue(s.body(), OpinionMap.class)));
	}

	/** The votes the map is computed from (for tests and exports). */
	@Transactional(readOnly = true)
	public java.util.List<Vote> votes(ProvinceCode province, long id) {
		return store.votes(conversations.conversation(province, id).id());
	}
}
