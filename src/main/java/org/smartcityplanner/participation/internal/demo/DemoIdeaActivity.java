package org.smartcityplanner.participation.internal.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.smartcityplanner.participation.internal.demo.DemoIdeas.Idea;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What happens around a demo idea besides its own steps: residents' supports and comments, and the dates that
 * spread the ideas over the idea phase (the services stamp everything with the moment of seeding). Supports come
 * from a pool of 120 fictional participants, so one resident supports several ideas but each idea at most once.
 */
@Component
@Profile("!prod")
class DemoIdeaActivity {

	private static final int SUPPORTERS = 120;
	/** Demo ideas are answered a few days after they come in, and rated a day after the answer. */
	private static final int DAYS_TO_ANSWER = 4;

	private final JdbcClient jdbc;

	DemoIdeaActivity(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void supportAndComment(ProvinceCode province, long ideaId, int number, Idea idea, Instant proposed, Instant now) {
		long spread = Math.max(1, Duration.between(proposed, now).toMinutes());
		for (int i = 0; i < idea.supports(); i++) {
			Instant at = proposed.plus(Duration.ofMinutes(spread * (i + 1) / (idea.supports() + 1)));
			jdbc.sql("insert into par_idea_support (idea_id, participant_key, created_at) values (?, ?, ?)")
				.params(ideaId, "demo-supporter-" + ((number * 7 + i) % SUPPORTERS), Timestamp.from(at)).update();
		}
		for (int i = 0; i < idea.comments().size(); i++) {
			Instant at = proposed.plus(Duration.ofMinutes(spread * (i + 1) / (idea.comments().size() + 2)));
			jdbc.sql("insert into par_idea_comment (idea_id, province_code, body, participant_key, status,"
					+ " idempotency_key, created_at) values (?, ?, ?, ?, 'PUBLISHED', ?, ?)")
				.params(ideaId, province.value(), idea.comments().get(i), "demo-supporter-" + ((number * 11 + i)
						% SUPPORTERS), "demo-comment-" + province.value() + "-" + number + "-" + i, Timestamp.from(at))
				.update();
		}
	}

	/**
	 * Dates the idea and its history: proposed {@code daysAgo}, answered some days later, rated a day after; paper
	 * ideas and staff steps carry the demo coordinator's name (a demo seed has no signed-in user).
	 */
	void spreadOverThePhase(long ideaId, Instant proposed, int daysAgo) {
		Instant answered = proposed.plus(Duration.ofDays(Math.min(DAYS_TO_ANSWER, Math.max(1, daysAgo - 2))));
		Instant rated = answered.plus(Duration.ofDays(1));
		jdbc.sql("update par_idea set created_at = ?, decided_at = case when decided_at is null then null"
				+ " else cast(? as timestamp with time zone) end,"
				+ " entered_by = case when entered_by is null then null else 'coordinator' end where id = ?")
			.params(Timestamp.from(proposed), Timestamp.from(answered), ideaId).update();
		jdbc.sql("update par_idea_event set at = case kind when 'PROPOSED' then cast(? as timestamp with time zone)"
				+ " when 'RATED' then cast(? as timestamp with time zone) else cast(? as timestamp with time zone) end,"
				+ " actor = case when actor is null then null else 'coordinator' end where idea_id = ?")
			.params(Timestamp.from(proposed), Timestamp.from(rated), Timestamp.from(answered), ideaId).update();
	}
}
