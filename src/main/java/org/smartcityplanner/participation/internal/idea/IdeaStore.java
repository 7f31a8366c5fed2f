package org.smartcityplanner.participation.internal.idea;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.participation.IdeaFilter;
import org.smartcityplanner.participation.IdeaHistoryEntry;
import org.smartcityplanner.participation.IdeaSummary;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.domain.idea.CheckedIdea;
import org.smartcityplanner.participation.domain.idea.IdeaChannel;
import org.smartcityplanner.participation.domain.idea.IdeaEventKind;
import org.smartcityplanner.participation.domain.idea.IdeaStatus;
import org.smartcityplanner.shared.PageOf;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The ideas' SQL. A proposal is stored exactly once per idempotency key: the insert does nothing when the key is
 * there (PostgreSQL makes a racing second insert wait for the first, then do nothing), so a double tap, a retry or
 * a second node stores no second idea. Lists read each page with its counts in one query.
 */
@Repository
class IdeaStore {

	private static final String VIEW_COLUMNS = """
			i.id, i.province_code, i.title, i.description, i.dimension_code, i.area_id, i.latitude, i.longitude,
			i.channel, i.status, i.hidden_reason, i.decline_reason, i.accepted_type, i.accepted_id, i.accepted_title,
			i.author_rating, i.author_comment, i.entered_by, i.created_at, i.decided_at, i.version,
			(select count(*) from par_idea_support s where s.idea_id = i.id) as supports""";

	private final JdbcClient jdbc;

	IdeaStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new idea to insert. */
	record NewIdea(ProvinceCode province, CheckedIdea idea, IdeaChannel channel, String participantKey,
			String authorSecretHash, String idempotencyKey, String enteredBy, Instant at) {
	}

	/** @return the new idea's id, or empty when its idempotency key was stored before (nothing was written) */
	Optional<Long> insert(NewIdea n) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		CheckedIdea idea = n.idea();
		int inserted;
		try {
			inserted = jdbc.sql("""
					insert into par_idea (province_code, title, description, dimension_code, area_id, latitude,
					longitude, channel, status, participant_key, author_secret_hash, idempotency_key, entered_by,
					created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(n.province().value(), idea.title(), idea.description(), idea.dimensionCode(),
						new SqlParameterValue(Types.BIGINT, idea.areaId()),
						new SqlParameterValue(Types.NUMERIC, idea.latitude()),
						new SqlParameterValue(Types.NUMERIC, idea.longitude()), n.channel().name(),
						IdeaStatus.PUBLISHED.name(), new SqlParameterValue(Types.VARCHAR, n.participantKey()),
						n.authorSecretHash(), n.idempotencyKey(), new SqlParameterValue(Types.VARCHAR, n.enteredBy()),
						Utc.of(n.at()))
				.update(key, "id");
		}
		catch (DuplicateKeyException raced) {
			// H2 reports a concurrent duplicate instead of waiting: the other request stored it
			return Optional.empty();
		}
		return inserted == 0 ? Optional.empty() : Optional.of(key.getKey().longValue());
	}

	Optional<IdeaView> find(ProvinceCode province, long id) {
		return jdbc.sql("select " + VIEW_COLUMNS + " from par_idea i where i.id = ? and i.province_code = ?")
			.params(id, province.value()).query(IdeaStore::view).optional();
	}

	Optional<IdeaView> findByKey(ProvinceCode province, String idempotencyKey) {
		return jdbc.sql("select " + VIEW_COLUMNS + " from par_idea i where i.province_code = ? and i.idempotency_key = ?")
			.params(province.value(), idempotencyKey).query(IdeaStore::view).optional();
	}

	Optional<IdeaView> findBySecretHash(ProvinceCode province, String hash) {
		return jdbc.sql("select " + VIEW_COLUMNS
				+ " from par_idea i where i.author_secret_hash = ? and i.province_code = ?")
			.params(hash, province.value()).query(IdeaStore::view).optional();
	}

	/** One page, newest first, each row with its support and published-comment counts. */
	PageOf<IdeaSummary> page(ProvinceCode province, IdeaFilter filter, Paging paging) {
		StringBuilder where = new StringBuilder(" where i.province_code = ?");
		List<Object> params = new ArrayList<>(List.of(province.value()));
		if (filter.dimensionCode() != null) {
			where.append(" and i.dimension_code = ?");
			params.add(filter.dimensionCode());
		}
		if (filter.areaId() != null) {
			where.append(" and i.area_id = ?");
			params.add(filter.areaId());
		}
		if (filter.status() != null) {
			where.append(" and i.status = ?");
			params.add(filter.status().name());
		}
		if (!filter.withHidden()) {
			where.append(" and i.status <> 'HIDDEN'");
		}
		long total = jdbc.sql("select count(*) from par_idea i" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(paging.size());
		pageParams.add((long) (paging.page() - 1) * paging.size());
		// the page's ids first, then their counts: counted in the select list of the paged query, the supports and
		// comments of every skipped row were counted too (800 rows' worth on page 40, bench/idea-pages.sh)
		List<IdeaSummary> rows = jdbc.sql("""
				select i.id, i.title, i.dimension_code, i.area_id, i.status, i.channel, i.created_at,
				(select count(*) from par_idea_support s where s.idea_id = i.id) as supports,
				(select count(*) from par_idea_comment c where c.idea_id = i.id and c.status = 'PUBLISHED') as comments
				from par_idea i where i.id in (select i.id from par_idea i""" + where
				+ " order by i.id desc limit ? offset ?) order by i.id desc")
			.params(pageParams)
			.query((rs, n) -> new IdeaSummary(rs.getLong("id"), rs.getString("title"), rs.getString("dimension_code"),
					nullableLong(rs, "area_id"), IdeaStatus.valueOf(rs.getString("status")),
					IdeaChannel.valueOf(rs.getString("channel")), instant(rs, "created_at"), rs.getLong("supports"),
					rs.getLong("comments")))
			.list();
		return PageOf.of(rows, paging, total);
	}

	Map<IdeaStatus, Long> countsByStatus(ProvinceCode province) {
		Map<IdeaStatus, Long> counts = new EnumMap<>(IdeaStatus.class);
		jdbc.sql("select status, count(*) as n from par_idea where province_code = ? group by status")
			.param(province.value())
			.query(rs -> {
				counts.put(IdeaStatus.valueOf(rs.getString("status")), rs.getLong("n"));
			});
		return counts;
	}

	/** Ideas typed from paper, for the tool's figures. */
	long paperCount(ProvinceCode province) {
		return jdbc.sql("select count(*) from par_idea where province_code = ? and channel = 'PAPER'")
			.param(province.value()).query(Long.class).single();
	}

	/** A status change with its reason or plan item, only from the version the user saw. */
	record Change(IdeaStatus status, String hiddenReason, String declineReason, ResourceRef acceptedItem,
			String acceptedTitle, Instant decidedAt) {
	}

	void change(IdeaView seen, Change change) {
		int updated = jdbc.sql("""
				update par_idea set status = ?, hidden_reason = ?, decline_reason = ?, accepted_type = ?,
				accepted_id = ?, accepted_title = ?, decided_at = ?, version = version + 1
				where id = ? and province_code = ? and version = ?""")
			.params(change.status().name(), new SqlParameterValue(Types.VARCHAR, change.hiddenReason()),
					new SqlParameterValue(Types.VARCHAR, change.declineReason()),
					new SqlParameterValue(Types.VARCHAR,
							change.acceptedItem() == null ? null : change.acceptedItem().type()),
					new SqlParameterValue(Types.VARCHAR, change.acceptedItem() == null ? null : change.acceptedItem().id()),
					new SqlParameterValue(Types.VARCHAR, change.acceptedTitle()),
					Utc.of(change.decidedAt()), seen.id(), seen.province().value(), seen.version())
			.update();
		requireOne(updated, seen);
	}

	/** Stores the author's rating once: a second one (also a racing one) changes nothing. */
	boolean rate(IdeaView idea, int rating, String comment) {
		return jdbc.sql("""
				update par_idea set author_rating = ?, author_comment = ?, version = version + 1
				where id = ? and author_rating is null""")
			.params(rating, new SqlParameterValue(Types.VARCHAR, comment), idea.id()).update() == 1;
	}

	void addEvent(long ideaId, Instant at, IdeaEventKind kind, String text, String actor) {
		jdbc.sql("insert into par_idea_event (idea_id, at, kind, text, actor) values (?, ?, ?, ?, ?)")
			.params(ideaId, Utc.of(at), kind.name(), new SqlParameterValue(Types.VARCHAR, text),
					new SqlParameterValue(Types.VARCHAR, actor))
			.update();
	}

	/** The history of one of the province's ideas (nothing for another province's), in one query. */
	List<IdeaHistoryEntry> history(ProvinceCode province, long ideaId) {
		return jdbc.sql("""
				select e.at, e.kind, e.text from par_idea_event e join par_idea i on i.id = e.idea_id
				where e.idea_id = ? and i.province_code = ? order by e.id""")
			.params(ideaId, province.value())
			.query((rs, n) -> new IdeaHistoryEntry(instant(rs, "at"), IdeaEventKind.valueOf(rs.getString("kind")),
					rs.getString("text")))
			.list();
	}

	private static void requireOne(int updated, IdeaView seen) {
		if (updated != 1) {
			throw new OptimisticLockingFailureException("idea " + seen.id() + " changed since version " + seen.version());
		}
	}

	private static IdeaView view(ResultSet rs, int row) throws SQLException {
		String acceptedType = rs.getString("accepted_type");
		return new IdeaView(rs.getLong("id"), new ProvinceCode(rs.getString("province_code")), rs.getString("title"),
				rs.getString("description"), rs.getString("dimension_code"), nullableLong(rs, "area_id"),
				rs.getObject("latitude", BigDecimal.class), rs.getObject("longitude", BigDecimal.class),
				IdeaChannel.valueOf(rs.getString("channel")), IdeaStatus.valueOf(rs.getString("status")),
				rs.getString("hidden_reason"), rs.getString("decline_reason"),
				acceptedType == null ? null : new ResourceRef(acceptedType, rs.getString("accepted_id")),
				rs.getString("accepted_title"), (Integer) rs.getObject("author_rating", Integer.class),
				rs.getString("author_comment"), rs.getString("entered_by"), instant(rs, "created_at"),
				instant(rs, "decided_at"), rs.getLong("supports"), rs.getInt("version"));
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}
}
