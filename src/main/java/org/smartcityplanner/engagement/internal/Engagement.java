package org.smartcityplanner.engagement.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.smartcityplanner.engagement.EngagementStatus;
import org.smartcityplanner.engagement.domain.lifecycle.EngagementPeriod;
import org.smartcityplanner.engagement.domain.lifecycle.LifecycleRules;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An engagement aggregate: province, work period and team.
 */
@Table("eng_engagement")
class Engagement {

	@Id
	Long id;
	String provinceCode;
	String name;
	LocalDate startDate;
	LocalDate endDate;
	/** OPEN or CLOSED; see the migration that added it. */
	String status = "OPEN";
	LocalDate closedOn;
	@Version
	Integer version;
	@MappedCollection(idColumn = "engagement_id")
	Set<Member> team = new HashSet<>();

	Engagement() {
	}

	Engagement(String provinceCode, String name, LocalDate startDate, LocalDate endDate) {
		if (endDate.isBefore(startDate)) {
			throw new IllegalArgumentException("Engagement ends before it starts");
		}
		this.provinceCode = provinceCode;
		this.name = name;
		this.startDate = startDate;
		this.endDate = endDate;
	}

	EngagementPeriod period() {
		return new EngagementPeriod(startDate, endDate);
	}

	EngagementStatus lifecycleStatus() {
		return EngagementStatus.valueOf(status);
	}

	/** New title and dates; a closed engagement refuses (the overlap with others is the service's check). */
	void edit(String title, EngagementPeriod period) {
		LifecycleRules.requireEditable(lifecycleStatus());
		this.name = LifecycleRules.requireTitle(title);
		this.startDate = period.start();
		this.endDate = period.end();
	}

	/** Closes the engagement on the given day, once. */
	void close(LocalDate on) {
		LifecycleRules.requireClosable(lifecycleStatus(), period(), on);
		this.status = EngagementStatus.CLOSED.name();
		this.closedOn = on;
	}

	void addConsultant(long userId, boolean lead) {
		team.add(new Member(userId, lead));
	}

	@Table("eng_team_member")
	record Member(long userId, boolean teamLead) {
	}
}
