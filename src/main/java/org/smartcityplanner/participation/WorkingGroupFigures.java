package org.smartcityplanner.participation;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.domain.group.SectorBalance;

/**
 * The working group's counts, computed in one place for its pages, its API and its documents alike.
 *
 * @param currentMembers members now
 * @param formerMembers  members who left
 * @param bySector       current members per sector (every sector present)
 * @param byRole         current members per role (every role present)
 * @param balance        the sector-balance panel's lines
 * @param missing        sectors without a member
 * @param under          sectors under their target
 * @param orders         appointment orders issued (the first and its revisions)
 */
public record WorkingGroupFigures(int currentMembers, int formerMembers, Map<Sector, Integer> bySector,
		Map<GroupRole, Integer> byRole, List<SectorBalance.Line> balance, List<Sector> missing, List<Sector> under,
		int orders) {
}
