package org.smartcityplanner.audit;

import java.util.List;

/**
 * Records changes to data. Call it inside the transaction that makes the change, so the entry and the change
 * commit or roll back together.
 */
public interface AuditLog {

	/**
	 * Records one change made by the current user (or "system" outside a request).
	 *
	 * @param change what changed; {@code before} is {@code null} for creations, {@code after} for deletions
	 */
	void record(AuditChange change);

	/** The newest entries first, optionally only those of one entity type. */
	List<AuditEntry> latest(String entityTypeOrNull, int limit);

	/**
	 * One page of entries matching the query, newest first.
	 *
	 * @param page from 1; a page past the last answers an empty page with the right total
	 * @param pageSize entries per page, 1 to 500
	 */
	AuditPage search(AuditQuery query, int page, int pageSize);

	/** The entity types that have entries, for choosing one by its label rather than typing its code. */
	List<String> entityTypes();
}
