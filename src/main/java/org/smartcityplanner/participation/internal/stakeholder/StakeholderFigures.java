package org.smartcityplanner.participation.internal.stakeholder;

import java.util.LinkedHashMap;
import java.util.Map;

import org.smartcityplanner.participation.StakeholderType;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place that counts the stakeholder registry (pages, API and card take their numbers from here): all
 * registered, erased, and per type, in one grouped query. Whether consent is withdrawn is publicaccess's to know,
 * so those counts come from the registry's list, not from here.
 */
@Component
class StakeholderFigures {

	private final JdbcClient jdbc;

	StakeholderFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Integer> of(ProvinceCode province) {
		Map<String, Integer> figures = new LinkedHashMap<>();
		figures.put("registered", 0);
		figures.put("erased", 0);
		for (StakeholderType type : StakeholderType.values()) {
			figures.put("type." + type.name(), 0);
		}
		jdbc.sql("""
				select stakeholder_type, case when erased_at is null then 0 else 1 end as erased, count(*) as n
				from par_stakeholder where province_code = ? and moderation = 'CONFIRMED' group by stakeholder_type,
				  case when erased_at is null then 0 else 1 end""")
			.param(province.value()).query((rs, i) -> {
				int n = rs.getInt("n");
				figures.merge("registered", n, Integer::sum);
				if (rs.getInt("erased") == 1) {
					figures.merge("erased", n, Integer::sum);
				}
				else {
					figures.merge("type." + rs.getString("stakeholder_type"), n, Integer::sum);
				}
				return n;
			}).list();
		return figures;
	}
}
