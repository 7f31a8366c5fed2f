package org.smartcityplanner.participation.internal.opinion;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.participation.domain.opinion.ConversationRules;
import org.smartcityplanner.participation.domain.opinion.StatementStatus;
import org.smartcityplanner.participation.domain.opinion.VoteValue;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opinion map's conversations: staff open one with statements, moderate the citizens' statements, close it
 * and publish its map (all audited); participants vote and may propose statements (their rows are their record:
 * the public has no account to audit). Every id is looked up within the province given, so another province's
 * conversation or statement is not found ({@link NotInProvinceException}).
 */
@Service
public class OpinionService {

	/** The opinion map's key in the process's phases. */
	public static final String TOOL = "opinions";
	private static final String KEY_PATTERN = "[A-Za-z0-9_-]{16,64}";

	private final OpinionStore store;
	private final ProcessApi process;
	private final AuditLog audit;
	private final Clock clock;

	OpinionService(OpinionStore store, ProcessApi process, AuditLog audit, Clock clock) {
		this.store = store;
		this.process = process;
		this.audit = audit;
		this.clock = clock;
	}

	/** Opens a conversation. Audited. */
	@Transactional
	public Conversation create(ProvinceCode province, String topic, String description, boolean citizenStatements) {
		List<Problem> problems = ConversationRules.checkConversation(topic, description);
		if (!problems.isEmpty()) {
			throw new InputProblemsException(problems);
		}
		long id = store.insert(province, ConversationRules.trim(topic), ConversationRules.trim(description),
				citizenStatements, clock.instant());
		Conversation created = conversation(province, id);
		audit.record(new AuditChange("opinion-conversation", String.valueOf(id), "created", province, null,
				snapshot(created)));
		return created;
	}

	@Transactional(readOnly = true)
	public List<Conversation> conversations(ProvinceCode province) {
		return store.all(province);
	}

	/** The conversation of the province; another province's is not found. */
	@Transactional(readOnly = true)
	public Conversation conversation(ProvinceCode province, long id) {
		return store.find(province, id).orElseThrow(() -> new NotInProvinceException("id", id));
	}

	/** All its statements, oldest first (pending and rejected ones too: for staff). */
	@Transactional(readOnly = true)
	public List<Statement> statements(ProvinceCode province, long id) {
		return store.statements(conversation(province, id).id());
	}

	/** The statements participants vote on. */
	@Transactional(readOnly = true)
	public List<Statement> shownStatements(ProvinceCode province, long id) {
		return statements(province, id).stream().filter(s -> s.status() == StatementStatus.SHOWN).toList();
	}

	/** Staff add a statement, shown at once. Audited. */
	@Transactional
	public Statement addStatement(ProvinceCode province, long id, String text) {
		Conversation conversation = conversation(province, id);
		requireText(text);
		long statementId = store.insertStatement(conversation.id(), ConversationRules.trim(text), false,
				StatementStatus.SHOWN, null, null, clock.instant());
		Statement added = store.statement(conversation.id(), statementId).orElseThrow();
		audit.record(new AuditChange("opinion-statement", String.valueOf(statementId), "created", province, null,
				Map.of("text", added.text(), "status", added.status().name())));
		return added;
	}

	/** A moderator shows or rejects a statement. Audited. */
	@Transactional
	public Statement moderate(ProvinceCode province, long id, long statementId, boolean show) {
		Conversation conversation = conversation(province, id);
		Statement before = store.statement(conversation.id(), statementId)
			.orElseThrow(() -> new NotInProvinceException("statementId", statementId));
		StatementStatus status = show ? StatementStatus.SHOWN : StatementStatus.REJECTED;
		store.setStatus(statementId, status);
		audit.record(new AuditChange("opinion-statement", String.valueOf(statementId), show ? "accepted" : "rejected",
				province, Map.of("text", before.text(), "status", before.status().name()),
				Map.of("text", before.text(), "status", status.name())));
		return store.statement(conversation.id(), statementId).orElseThrow();
	}

	/** Closes a conversation (no more votes) or opens it again. Audited. */
	@Transactional
	public Conversation setOpen(ProvinceCode province, long id, int version, boolean open) {
		Conversation before = conversation(province, id);
		return change(before, version, new Conversation(before.id(), province, before.topic(), before.description(),
				before.citizenStatements(), open, before.resultsPublic(), before.createdAt(), before.version()),
				open ? "reopened" : "closed");
	}

	/** Shows the map to the public, or takes it back. Audited. */
	@Transactional
	public Conversation publish(ProvinceCode province, long id, int version, boolean resultsPublic) {
		Conversation before = conversation(province, id);
		return change(before, version, new Conversation(before.id(), province, before.topic(), before.description(),
				before.citizenStatements(), before.open(), resultsPublic, before.createdAt(), before.version()),
				resultsPublic ? "published" : "withdrawn");
	}

	/** Whether the conversation takes votes today: open, and a running phase opens the tool (or none is set). */
	@Transactional(readOnly = true)
	public boolean takesVotes(Conversation conversation) {
		return conversation.open() && process.isOpen(conversation.province(), TOOL);
	}

	/** A participant's vote on a shown statement; the same vote again changes nothing. */
	@Transactional
	public VoteOutcome vote(ProvinceCode province, long id, long statementId, VoteValue value, String participantKey) {
		Conversation conversation = conversation(province, id);
		store.statement(conversation.id(), statementId).filter(s -> s.status() == StatementStatus.SHOWN)
			.orElseThrow(() -> new NotInProvinceException("statementId", statementId));
		if (!takesVotes(conversation)) {
			return VoteOutcome.CLOSED;
		}
		return store.vote(conversation.id(), statementId, participantKey, value, clock.instant())
				? VoteOutcome.STORED : VoteOutcome.ALREADY_STORED;
	}

	/** The participant's votes by statement. */
	@Transactional(readOnly = true)
	public Map<Long, VoteValue> votesOf(ProvinceCode province, long id, String participantKey) {
		return store.votesOf(conversation(province, id).id(), participantKey);
	}

	/**
	 * A participant proposes a statement, shown after moderation. The form's idempotency key stores it once.
	 *
	 * @throws InputProblemsException naming {@code text}, or the whole form when citizens may not add statements
	 */
	@Transactional
	public VoteOutcome propose(ProvinceCode province, long id, String text, String idempotencyKey,
			String participantKey) {
		Conversation conversation = conversation(province, id);
		if (idempotencyKey == null || !idempotencyKey.matches(KEY_PATTERN)) {
			throw new InputProblemsException(List.of(Problem.of("idempotencyKey", "opinion.problem.key.invalid")));
		}
		if (store.statementByKey(conversation.id(), idempotencyKey).isPresent()) {
			return VoteOutcome.ALREADY_STORED;
		}
		if (!conversation.citizenStatements()) {
			throw new InputProblemsException(List.of(Problem.of(null, "opinion.problem.noCitizenStatements")));
		}
		requireText(text);
		if (!takesVotes(conversation)) {
			return VoteOutcome.CLOSED;
		}
		long stored = store.insertStatement(conversation.id(), ConversationRules.trim(text), true,
				StatementStatus.PENDING, participantKey, idempotencyKey, clock.instant());
		return stored < 0 ? VoteOutcome.ALREADY_STORED : VoteOutcome.STORED;
	}

	/** The province's figures: conversations, shown statements, votes and participants. */
	@Transactional(readOnly = true)
	public long[] figures(ProvinceCode province) {
		return store.figures(province);
	}

	private Conversation change(Conversation before, int version, Conversation after, String action) {
		store.update(after, version);
		Conversation changed = conversation(before.province(), before.id());
		audit.record(new AuditChange("opinion-conversation", String.valueOf(before.id()), action, before.province(),
				snapshot(before), snapshot(changed)));
		return changed;
	}

	private static void requireText(String text) {
		List<Problem> problems = ConversationRules.checkStatement(text);
		if (!problems.isEmpty()) {
			throw new InputProblemsException(problems);
		}
	}

	private static Map<String, Object> snapshot(Conversation c) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("title", c.topic());
		s.put("description", c.description());
		s.put("status", c.open() ? "OPEN" : "CLOSED");
		s.put("resultsPublic", c.resultsPublic());
		return s;
	}

}
