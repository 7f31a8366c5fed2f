package org.smartcityplanner.participation.internal.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.IdeaCounts;
import org.smartcityplanner.participation.domain.idea.IdeaChannel;
import org.smartcityplanner.participation.domain.idea.IdeaStatus;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The idea queries behind the statistics service. Every count comes from one grouped query (by channel, status,
 * dimension and area, with supports and ratings summed alongside), so all breakdowns are read in one snapshot and
 * add up to the same total even while ideas keep arriving; the query returns a row per group, never per idea.
 */
@Component
class IdeaFigures {

	/** One public idea and what became of it, as the book lists it. */
	record Outcome(long id, String title, String dimensionCode, Long areaId, IdeaChannel channel, IdeaStatus status,
			String acceptedTitle, String declineReason, long supports) {
	}

	private static final String GROUPS = """
			select i.channel, i.status, i.dimension_code, i.area_id, count(*) as ideas,
			       count(i.author_rating) as ratings, coalesce(sum(i.author_rating), 0) as rating_total,
			       coalesce(sum(s.supports), 0) as supports
			from par_idea i
			left join (select idea_id, count(*) as supports from par_idea_support
			           where idea_id in (select id from par_idea where province_code = :province)
			           group by idea_id) s on s.idea_id = i.id
			where i.province_code = :province
			group by i.channel, i.status, i.dimension_code, i.area_id""";

	private final JdbcClient jdbc;
	private final ReferenceApi reference;
	private final ProfileApi profile;

	IdeaFigures(JdbcClient jdbc, ReferenceApi reference, ProfileApi profile) {
		this.jdbc = jdbc;
		this.reference = reference;
		this.profile = profile;
	}

	IdeaCounts counts(ProvinceCode province) {
		Map<String, Long> byDimension = new LinkedHashMap<>();
		reference.items(ReferenceKind.SMART_DIMENSION).stream().map(ReferenceItem::code)
			.forEach(code -> byDimension.put(code, 0L));
		Map<Long, Long> byArea = new LinkedHashMap<>();
		profile.areasOf(province).stream().map(TargetAreaView::id).forEach(id -> byArea.put(id, 0L));
		long[][] ideas = new long[IdeaChannel.values().length][IdeaStatus.values().length];
		long[] supports = new long[IdeaChannel.values().length];
		long[] withoutArea = new long[1];
		long[] ratings = new long[2]; // how many rated, the sum of their ratings
		jdbc.sql(GROUPS).param("province", province.value()).query(rs -> {
			IdeaChannel channel = IdeaChannel.valueOf(rs.getString("channel"));
			IdeaStatus status = IdeaStatus.valueOf(rs.getString("status"));
			long n = rs.getLong("ideas");
			ideas[channel.ordinal()][status.ordinal()] += n;
			if (!status.isPublic()) {
				return;
			}
			supports[channel.ordinal()] += rs.getLong("supports");
			ratings[0] += rs.getLong("ratings");
			ratings[1] += rs.getLong("rating_total");
			byDimension.merge(rs.getString("dimension_code"), n, Long::sum);
			long area = rs.getLong("area_id");
			if (!rs.wasNull() && byArea.containsKey(area)) {
				byArea.merge(area, n, Long::sum);
			}
			else {
				withoutArea[0] += n;
			}
		});
		long hidden = 0;
		for (long[] channel : ideas) {
			hidden += channel[IdeaStatus.HIDDEN.ordinal()];
		}
		return new IdeaCounts(tally(ideas, supports, IdeaChannel.ONLINE), tally(ideas, supports, IdeaChannel.PAPER),
				hidden, byDimension, byArea, withoutArea[0], ratings[0], ratings[1]);
	}

	private static IdeaCounts.Tally tally(long[][] ideas, long[] supports, IdeaChannel channel) {
		long[] counts = ideas[channel.ordinal()];
		return new IdeaCounts.Tally(counts[IdeaStatus.PUBLISHED.ordinal()], counts[IdeaStatus.ACCEPTED.ordinal()],
				counts[IdeaStatus.DECLINED.ordinal()], supports[channel.ordinal()]);
	}

	/** The public ideas with what became of them and their supports, in the order they came in. */
	List<Outcome> outcomes(ProvinceCode province) {
		return jdbc.sql("select i.id, i.title, i.dimension_code, i.area_id, i.channel, i.status, i.accepted_title,"
				+ " i.decline_reason, (select count(*) from par_idea_support s where s.idea_id = i.id) as supports"
				+ " from par_idea i where i.province_code = :province and i.status <> 'HIDDEN' order by i.id")
			.param("province", province.value())
			.query((rs, row) -> new Outcome(rs.getLong("id"), rs.getString("title"), rs.getString("dimension_code"),
					rs.getObject("area_id") == null ? null : rs.getLong("area_id"),
					IdeaChannel.valueOf(rs.getString("channel")), IdeaStatus.valueOf(rs.getString("status")),
					rs.getString("accepted_title"), rs.getString("decline_reason"), rs.getLong("supports")))
			.list();
	}
}
