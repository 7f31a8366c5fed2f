package org.smartcityplanner.participation;

/** What kind of stakeholder someone outside the working group is. Messages: {@code participation.stakeholderType.*}. */
public enum StakeholderType {
	/** Village headman, community leader, elder. */
	COMMUNITY_LEADER,
	/** A company, shop or business association. */
	BUSINESS,
	/** A foundation, association or community organisation. */
	NGO,
	/** A university, college or school. */
	ACADEMIC,
	/** A government agency not in the group. */
	GOVERNMENT,
	/** A resident speaking for themselves. */
	CITIZEN,
	/** Local press and media. */
	MEDIA
}
