package org.smartcityplanner.participation.internal.idea;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.participation.domain.idea.CommentRules;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public's comments on ideas and their moderation. A comment form carries a key made when it was shown, unique
 * per province in the database, so a double tap or a retried request stores one comment. A moderator hides a
 * comment with a reason (audited); a hidden comment leaves the public page but stays for staff and the audit log.
 */
@Service
public class IdeaComments {

	private static final String KEY_PATTERN = "[A-Za-z0-9_-]{16,64}";
	private static final String PUBLISHED = "PUBLISHED";
	private static final String HIDDEN = "HIDDEN";

	private final JdbcClient jdbc;
	private final IdeaApi ideas;
	private final ProcessApi process;
	private final AuditLog audit;
	private final Clock clock;

	IdeaComments(JdbcClient jdbc, IdeaApi ideas, ProcessApi process, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.ideas = ideas;
		this.process = process;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A participant comments on a public idea of the province.
	 *
	 * @throws NotInProvinceException when the idea is hidden or not the province's
	 * @throws InputProblemsException when the text or the form's key is unusable (field {@code body} or
	 *         {@code idempotencyKey}); nothing is stored
	 */
	@Transactional
	public PublicIdeaInput comment(ProvinceCode province, long ideaId, String participantKey, String body,
			String idempotencyKey) {
		IdeaSupports.publicIdea(ideas, province, ideaId);
		if (idempotencyKey == null || !idempotencyKey.matches(KEY_PATTERN)) {
			throw new InputProblemsException(
					List.of(Problem.of("idempotencyKey", "participation.idea.idempotencyKey.invalid")));
		}
		if (stored(province, idempotencyKey)) {
			return PublicIdeaInput.ALREADY_STORED;
		}
		if (!process.isOpen(province, IdeaApi.TOOL)) {
			return PublicIdeaInput.CLOSED;
		}
		List<Problem> problems = CommentRules.checkBody(body);
		if (!problems.isEmpty()) {
			throw new InputProblemsException(problems);
		}
		int inserted = jdbc.sql("""
				insert into par_idea_comment (idea_id, province_code, body, participant_key, status, idempotency_key,
				  created_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(ideaId, province.value(), body.strip(), participantKey, PUBLISHED, idempotencyKey,
					Utc.of(clock.instant()))
			.update();
		return inserted == 1 ? PublicIdeaInput.STORED : PublicIdeaInput.ALREADY_STORED;
	}

	/** The idea's published comments, oldest first (a conversation reads top-down). */
	@Transactional(readOnly = true)
	public List<IdeaComment> published(ProvinceCode province, long ideaId) {
		return jdbc.sql("""
				select * from par_idea_comment where province_code = ? and idea_id = ? and status = ? order by id""")
			.params(province.value(), ideaId, PUBLISHED).query(IdeaComments::comment).list();
	}

	/** All the idea's comments, hidden ones too, for moderators. */
	@Transactional(readOnly = true)
	public List<IdeaComment> all(ProvinceCode province, long ideaId) {
		return jdbc.sql("select * from par_idea_comment where province_code = ? and idea_id = ? order by id")
			.params(province.value(), ideaId).query(IdeaComments::comment).list();
	}

	/**
	 * A moderator hides a comment with a reason; audited. Hiding a hidden comment again changes nothing.
	 *
	 * @throws NotInProvinceException when the comment is not one of the idea's in this province
	 */
	@Transactional
	public IdeaComment hide(ProvinceCode province, long ideaId, long commentId, String reason) {
		IdeaComment before = find(province, ideaId, commentId)
			.orElseThrow(() -> new NotInProvinceException("commentId", commentId));
		List<Problem> problems = CommentRules.checkHideReason(reason);
		if (!problems.isEmpty()) {
			throw new InputProblemsException(problems);
		}
		if (before.hidden()) {
			return before;
		}
		jdbc.sql("update par_idea_comment set status = ?, hidden_reason = ? where id = ? and status = ?")
			.params(HIDDEN, reason.strip(), commentId, PUBLISHED).update();
		IdeaComment after = find(province, ideaId, commentId).orElseThrow();
		audit.record(new AuditChange("idea-comment", String.valueOf(commentId), "hidden", province, snapshot(before),
				snapshot(after)));
		return after;
	}

	private Optional<IdeaComment> find(ProvinceCode province, long ideaId, long commentId) {
		return jdbc.sql("select * from par_idea_comment where province_code = ? and idea_id = ? and id = ?")
			.params(province.value(), ideaId, commentId).query(IdeaComments::comment).optional();
	}

	private boolean stored(ProvinceCode province, String idempotencyKey) {
		return jdbc.sql("select count(*) from par_idea_comment where province_code = ? and idempotency_key = ?")
			.params(province.value(), idempotencyKey).query(Long.class).single() > 0;
	}

	private static Map<String, Object> snapshot(IdeaComment comment) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("idea", comment.ideaId());
		snapshot.put("body", comment.body());
		snapshot.put("hidden", comment.hidden());
		if (comment.hiddenReason() != null) {
			snapshot.put("reason", comment.hiddenReason());
		}
		return snapshot;
	}

	private static IdeaComment comment(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new IdeaComment(rs.getLong("id"), rs.getLong("idea_id"), rs.getString("body"),
				HIDDEN.equals(rs.getString("status")), rs.getString("hidden_reason"),
				rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant());
	}
}
