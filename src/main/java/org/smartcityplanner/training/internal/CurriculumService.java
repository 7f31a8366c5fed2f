package org.smartcityplanner.training.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.Utc;
import org.smartcityplanner.training.Curriculum;
import org.smartcityplanner.training.FieldProblem;
import org.smartcityplanner.training.Topic;
import org.smartcityplanner.training.TopicDraft;
import org.smartcityplanner.training.domain.TopicRules;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Curriculum versions. A revision copies the newest version's topics with one changed; the unique version number
 * makes two admins revising at once safe: the second insert fails and nothing of it is saved.
 */
@Service
class CurriculumService implements CurriculumUseCases {

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final IdentityApi identity;
	private final Clock clock;

	CurriculumService(JdbcClient jdbc, AuditLog audit, IdentityApi identity, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	public Curriculum current() {
		long id = jdbc.sql("select id from trn_curriculum order by version_no desc limit 1").query(Long.class).single();
		return curriculum(id).orElseThrow();
	}

	@Override
	public Optional<Curriculum> curriculum(long id) {
		return jdbc.sql("select id, version_no, note, created_at, created_by from trn_curriculum where id = ?")
			.param(id)
			.query((rs, n) -> new Curriculum(rs.getLong("id"), rs.getInt("version_no"), rs.getString("note"),
					rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("created_by"),
					topics(rs.getLong("id"))))
			.optional();
	}

	@Override
	public List<Curriculum> versions() {
		return jdbc.sql("select id from trn_curriculum order by version_no desc").query(Long.class).list().stream()
			.map(id -> curriculum(id).orElseThrow()).toList();
	}

	@Override
	public List<FieldProblem> check(TopicDraft draft) {
		return TopicRules.problemsOf(draft);
	}

	@Override
	@Transactional
	public Curriculum reviseTopic(int basedOnVersionNo, String topicCode, TopicDraft draft, String note) {
		Curriculum base = current();
		if (base.versionNo() != basedOnVersionNo) {
			throw new OptimisticLockingFailureException("Curriculum version " + basedOnVersionNo + " is not the newest");
		}
		Topic old = base.topic(topicCode).orElseThrow(() -> new InvalidInputException("training.topic.unknown", topicCode));
		List<FieldProblem> problems = check(draft);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.get(0).messageKey(), problems.get(0).arguments().toArray());
		}
		Topic revised = TopicRules.apply(old, draft);
		try {
			jdbc.sql("insert into trn_curriculum (version_no, note, created_at, created_by) values (?, ?, ?, ?)")
				.params(base.versionNo() + 1, note == null || note.isBlank() ? "-" : note.strip(),
						Utc.of(clock.instant()), identity.actorName())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new OptimisticLockingFailureException("Someone made version " + (base.versionNo() + 1) + " first", e);
		}
		long newId = jdbc.sql("select id from trn_curriculum where version_no = ?").param(base.versionNo() + 1)
			.query(Long.class).single();
		List<Topic> topics = new ArrayList<>();
		for (Topic topic : base.topics()) {
			topics.add(topic.code().equals(topicCode) ? revised : topic);
		}
		for (Topic topic : topics) {
			insertTopic(newId, topic);
		}
		audit.record(new AuditChange("training-curriculum", String.valueOf(newId), "revised", null,
				Map.of("version", base.versionNo(), "topic", old), Map.of("version", base.versionNo() + 1, "topic", revised)));
		return curriculum(newId).orElseThrow();
	}

	private void insertTopic(long curriculumId, Topic topic) {
		jdbc.sql("""
				insert into trn_topic (curriculum_id, position, code, title_th, title_en, objectives_th, objectives_en,
				  duration_minutes, materials) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(curriculumId, topic.position(), topic.code(), topic.title().th(), topic.title().en(),
					topic.objectives().th(), topic.objectives().en(), topic.durationMinutes(),
					TopicRules.materialsText(topic.materials()))
			.update();
	}

	private List<Topic> topics(long curriculumId) {
		return jdbc.sql("select * from trn_topic where curriculum_id = ? order by position").param(curriculumId)
			.query((rs, n) -> new Topic(rs.getString("code"), rs.getInt("position"),
					new LocalizedText(rs.getString("title_th"), rs.getString("title_en")),
					new LocalizedText(rs.getString("objectives_th"), rs.getString("objectives_en")),
					rs.getInt("duration_minutes"), TopicRules.parseMaterials(rs.getString("materials"))))
			.list();
	}
}
