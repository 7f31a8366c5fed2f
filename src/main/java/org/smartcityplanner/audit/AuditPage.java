package org.smartcityplanner.audit;

import java.util.List;

/**
 * One page of audit entries, newest first, with the total that matched so nothing stops silently.
 *
 * @param entries the entries on this page
 * @param page the page number, from 1
 * @param pageSize entries per page
 * @param total entries matching the query on all pages
 */
public record AuditPage(List<AuditEntry> entries, int page, int pageSize, long total) {

	public AuditPage {
		entries = List.copyOf(entries);
	}

	/** Number of pages, at least 1. */
	public int pages() {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

	/** Whether a later page exists. */
	public boolean hasNext() {
		return page < pages();
	}

	/** Whether an earlier page exists. */
	public boolean hasPrevious() {
		return page > 1;
	}
}
