package org.smartcityplanner.engagement.internal.pool;

import java.time.LocalDate;
import java.util.List;

/**
 * An engagement as the team pages need it.
 *
 * @param id engagement id
 * @param provinceCode the province served
 * @param name its title
 * @param startDate first day
 * @param endDate last day
 * @param status OPEN or CLOSED
 * @param version optimistic-locking version, sent back on save
 * @param members the current team
 */
public record StaffedEngagement(long id, String provinceCode, String name, LocalDate startDate, LocalDate endDate,
		String status, int version, List<Member> members) {

	/**
	 * A team member.
	 *
	 * @param userId account id
	 * @param lead whether they lead the team
	 */
	public record Member(long userId, boolean lead) {
	}

	public boolean open() {
		return "OPEN".equals(status);
	}
}
