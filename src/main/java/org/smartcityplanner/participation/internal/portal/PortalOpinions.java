package org.smartcityplanner.participation.internal.portal;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.participation.internal.portal.PortalView.Opinions;
import org.smartcityplanner.participation.internal.portal.PortalView.PortalConversation;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The province's opinion conversations the public may see, in one query: open ones (to take part in) and those
 * whose map staff made public (one may be both). A closed conversation whose map is not public is never read.
 */
@Component
class PortalOpinions {

	private final JdbcClient jdbc;

	PortalOpinions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The open and published conversations of the province, each newest first (the staff list's order).
	 *
	 * @param toolOpen whether the process's current phase opens the opinion-map tool today (an open conversation
	 *        takes votes only then, as its page says)
	 */
	Opinions of(ProvinceCode province, boolean toolOpen) {
		List<PortalConversation> open = new ArrayList<>();
		List<PortalConversation> published = new ArrayList<>();
		jdbc.sql("""
				select id, topic, status, results_public from par_opinion_conversation
				where province_code = ? and (status = 'OPEN' or results_public = true) order by id desc""")
			.param(province.value())
			.query(rs -> {
				boolean isOpen = "OPEN".equals(rs.getString("status"));
				PortalConversation conversation = new PortalConversation(rs.getString("topic"),
						"/public/" + province.value() + "/opinions/" + rs.getLong("id"), toolOpen && isOpen);
				if (isOpen) {
					open.add(conversation);
				}
				if (rs.getBoolean("results_public")) {
					published.add(conversation);
				}
			});
		return new Opinions(List.copyOf(open), List.copyOf(published));
	}
}
