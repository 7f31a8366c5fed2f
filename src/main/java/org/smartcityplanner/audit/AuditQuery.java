package org.smartcityplanner.audit;

import java.time.LocalDate;

/**
 * Which audit entries to list; every part is optional ({@code null} = no filter).
 *
 * @param entityType only entries of this entity type, e.g. {@code plan-kpi}
 * @param actor only entries written by this user name (case-insensitive), or {@code system}
 * @param province only entries of this province code, e.g. {@code TH-65}
 * @param from only entries on or after this day (Thailand time)
 * @param to only entries on or before this day (Thailand time)
 */
public record AuditQuery(String entityType, String actor, String province, LocalDate from, LocalDate to) {

	public AuditQuery {
		entityType = blankToNull(entityType);
		actor = blankToNull(actor);
		province = blankToNull(province);
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("The last day is before the first day");
		}
	}

	/** Every entry. */
	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
