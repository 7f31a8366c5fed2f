package org.smartcityplanner.participation.internal.group;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.GroupRole;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.WorkingGroupFigures;
import org.smartcityplanner.participation.domain.group.SectorBalance;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place that counts the working group: members per sector and role, former members, orders. The page,
 * the API and the appointment order all take their numbers from here, so they never disagree; the statistics
 * service of the whole module is meant to call it too. Counts are aggregated in the database (one grouped query),
 * so they stay fast however long the history grows.
 */
@Component
public class GroupFigures {

	private final JdbcClient jdbc;
	private final GroupSettingsStore settings;

	GroupFigures(JdbcClient jdbc, GroupSettingsStore settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	public WorkingGroupFigures of(ProvinceCode province) {
		Map<Sector, Integer> bySector = new EnumMap<>(Sector.class);
		Map<GroupRole, Integer> byRole = new EnumMap<>(GroupRole.class);
		for (GroupRole role : GroupRole.values()) {
			byRole.put(role, 0);
		}
		jdbc.sql("""
				select sector, group_role, count(*) as members from par_group_member
				where province_code = ? and left_on is null group by sector, group_role""")
			.param(province.value()).query((rs, n) -> {
				int count = rs.getInt("members");
				bySector.merge(Sector.valueOf(rs.getString("sector")), count, Integer::sum);
				byRole.merge(GroupRole.valueOf(rs.getString("group_role")), count, Integer::sum);
				return count;
			}).list();
		int former = jdbc.sql("select count(*) from par_group_member where province_code = ? and left_on is not null")
			.param(province.value()).query(Integer.class).single();
		int orders = jdbc.sql("select count(*) from par_appointment_order where province_code = ?")
			.param(province.value()).query(Integer.class).single();
		Map<Sector, Integer> sectors = SectorBalance.complete(bySector);
		List<SectorBalance.Line> balance = SectorBalance.of(sectors, settings.settings(province).targets());
		int current = sectors.values().stream().mapToInt(Integer::intValue).sum();
		return new WorkingGroupFigures(current, former, sectors, byRole, balance, SectorBalance.missing(balance),
				SectorBalance.under(balance), orders);
	}
}
