package org.smartcityplanner.participation.internal.meeting;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.smartcityplanner.participation.ActionCounts;
import org.smartcityplanner.participation.ActionStatus;
import org.smartcityplanner.participation.MeetingCounts;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place meetings are counted: the list page, the meeting page, the API and the minutes all read these
 * queries, so two pages never disagree (and the later statistics service of the module can join them). One
 * grouped query counts every meeting of a province at once.
 */
@Component
public class MeetingFigures {

	private static final String COUNTS = """
			select a.meeting_id, a.invited, a.sector, a.checkin_method, (a.checked_in_at is not null) as present,
			  count(*) as people
			from par_attendee a join par_meeting m on m.id = a.meeting_id
			where m.province_code = ? %s
			group by a.meeting_id, a.invited, a.sector, a.checkin_method, (a.checked_in_at is not null)""";

	private final JdbcClient jdbc;

	MeetingFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The figures of every meeting of the province that has attendees, by meeting id. */
	public Map<Long, MeetingCounts> countsOf(ProvinceCode province) {
		return counts(jdbc.sql(COUNTS.formatted("")).param(province.value()));
	}

	/** The figures of one meeting (all zero without attendees). */
	public MeetingCounts countsOf(ProvinceCode province, long meetingId) {
		return counts(jdbc.sql(COUNTS.formatted("and a.meeting_id = ?")).params(province.value(), meetingId))
			.getOrDefault(meetingId, MeetingCounts.none());
	}

	/** Follow-up actions of the province by status, and the pending ones past their due date. */
	public ActionCounts actionsOf(ProvinceCode province, LocalDate today) {
		Map<ActionStatus, Integer> counts = new EnumMap<>(ActionStatus.class);
		for (ActionStatus status : ActionStatus.values()) {
			counts.put(status, 0);
		}
		int[] overdue = { 0 };
		jdbc.sql("""
				select status, past_due, count(*) as n from (
				  select a.status, case when a.due_date < ? then 1 else 0 end as past_due
				  from par_action a join par_resolution r on r.id = a.resolution_id
				  join par_meeting m on m.id = r.meeting_id where m.province_code = ?) t
				group by status, past_due""")
			.params(today, province.value())
			.query(rs -> {
				ActionStatus status = ActionStatus.valueOf(rs.getString("status"));
				counts.merge(status, rs.getInt("n"), Integer::sum);
				if (status.isPending() && rs.getInt("past_due") == 1) {
					overdue[0] += rs.getInt("n");
				}
			});
		return new ActionCounts(counts, overdue[0]);
	}

	private static Map<Long, MeetingCounts> counts(JdbcClient.StatementSpec query) {
		Map<Long, Tally> tallies = new HashMap<>();
		query.query(rs -> {
			Tally tally = tallies.computeIfAbsent(rs.getLong("meeting_id"), id -> new Tally());
			int people = rs.getInt("people");
			boolean invited = rs.getBoolean("invited");
			boolean present = rs.getBoolean("present");
			if (invited) {
				tally.invited += people;
			}
			if (present) {
				tally.bySector.merge(Sector.valueOf(rs.getString("sector")), people, Integer::sum);
				tally.byMethod.merge(rs.getString("checkin_method"), people, Integer::sum);
				if (invited) {
					tally.invitedPresent += people;
				}
				else {
					tally.othersPresent += people;
				}
			}
		});
		Map<Long, MeetingCounts> counts = new HashMap<>();
		tallies.forEach((id, tally) -> counts.put(id, tally.counts()));
		return counts;
	}

	private static final class Tally {

		int invited;
		int invitedPresent;
		int othersPresent;
		final Map<Sector, Integer> bySector = new EnumMap<>(Sector.class);
		final Map<String, Integer> byMethod = new HashMap<>();

		MeetingCounts counts() {
			Map<Sector, Integer> sectors = new EnumMap<>(Sector.class);
			for (Sector sector : Sector.values()) {
				sectors.put(sector, bySector.getOrDefault(sector, 0));
			}
			return new MeetingCounts(invited, invitedPresent, invited - invitedPresent, othersPresent, sectors,
					byMethod);
		}
	}
}
