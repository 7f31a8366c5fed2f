package org.smartcityplanner.participation.internal.idea;

import java.time.Clock;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One support per participant and idea. The database's unique key decides, not a read before the write: two nodes
 * taking the same participant's support at the same moment store one row, and the second request is told it was
 * already there ({@code insert ... on conflict do nothing} never raises, so the transaction stays usable on
 * PostgreSQL). The public's supports are not audited: they carry no account, and the row is the record.
 */
@Service
public class IdeaSupports {

	private final JdbcClient jdbc;
	private final IdeaApi ideas;
	private final ProcessApi process;
	private final Clock clock;

	IdeaSupports(JdbcClient jdbc, IdeaApi ideas, ProcessApi process, Clock clock) {
		this.jdbc = jdbc;
		this.ideas = ideas;
		this.process = process;
		this.clock = clock;
	}

	/**
	 * The participant supports the idea.
	 *
	 * @throws NotInProvinceException when the idea is not one of the province's public ideas (hidden ones included)
	 */
	@Transactional
	public PublicIdeaInput support(ProvinceCode province, long ideaId, String participantKey) {
		IdeaView idea = publicIdea(ideas, province, ideaId);
		boolean open = process.isOpen(province, IdeaApi.TOOL);
		if (!open || idea.status().isDecided()) {
			// a replay after the phase closed or the idea was decided still hears its support counts
			return supported(ideaId, participantKey) ? PublicIdeaInput.ALREADY_STORED
					: !open ? PublicIdeaInput.CLOSED : PublicIdeaInput.DECIDED;
		}
		// no look-up first: the unique key says whether this participant supported it before
		int inserted = jdbc.sql("""
				insert into par_idea_support (idea_id, participant_key, created_at) values (?, ?, ?)
				on conflict do nothing""").params(ideaId, participantKey, Utc.of(clock.instant())).update();
		return inserted == 1 ? PublicIdeaInput.STORED : PublicIdeaInput.ALREADY_STORED;
	}

	/** Whether the participant supports the idea. */
	@Transactional(readOnly = true)
	public boolean supported(long ideaId, String participantKey) {
		return jdbc.sql("select count(*) from par_idea_support where idea_id = ? and participant_key = ?")
			.params(ideaId, participantKey).query(Long.class).single() > 0;
	}

	/** The idea when the public may see it; a hidden idea or another province's is not found. */
	static IdeaView publicIdea(IdeaApi ideas, ProvinceCode province, long ideaId) {
		return ideas.find(province, ideaId).filter(i -> i.status().isPublic())
			.orElseThrow(() -> new NotInProvinceException("id", ideaId));
	}
}
