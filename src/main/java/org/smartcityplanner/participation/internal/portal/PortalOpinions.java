package org.smartcityplanner.participation.internal.portal;

import java.util.List;

import org.smartcityplanner.participation.internal.portal.PortalView.PortalConversation;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The province's opinion conversations the public may see, in one query: open ones (to take part in) and those
 * whose map staff made public. A closed conversation whose map is not public is not read.
 */
@Component
class PortalOpinions {

	private final JdbcClient jdbc;

	PortalOpinions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A conversation the portal lists.
	 *
	 * @param open whether it takes votes (by its status; the process's phase is checked by the caller)
	 * @param mapPublic whether staff made its opinion map public
	 */
	record Listed(PortalConversation conversation, boolean open, boolean mapPublic) {
	}

	/** The open and published conversations of the province, newest first (the staff list's order). */
	List<Listed> of(ProvinceCode province) {
		return jdbc.sql("""
				select id, topic, status, results_public from par_opinion_conversation
				where province_code = ? and (status = 'OPEN' or results_public = true) order by id desc""")
			.param(province.value())
			.query((rs, n) -> new Listed(new PortalConversation(rs.getString("topic"),
					"/public/" + province.value() + "/opinions/" + rs.getLong("id")), "OPEN".equals(rs.getString("status")),
					rs.getBoolean("results_public")))
			.list();
	}
}
