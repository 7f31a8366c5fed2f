package org.smartcityplanner.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.audit.AuditPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for admins' scripts, with the same filters as the page.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Audit log", description = "Who changed what and when (institute admins only)")
class AuditApiController {

	private final AuditLog audit;

	AuditApiController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/api/v1/audit")
	@Operation(summary = "Audit entries, newest first, one page at a time with the total that matched")
	AuditPage entries(@Parameter(description = "entity type, e.g. plan-kpi") @RequestParam(required = false) String type,
			@Parameter(description = "user name, or system") @RequestParam(required = false) String user,
			@Parameter(description = "province code, e.g. TH-65") @RequestParam(required = false) String province,
			@Parameter(description = "first day, yyyy-MM-dd (Thailand time)") @RequestParam(required = false) String from,
			@Parameter(description = "last day, yyyy-MM-dd (Thailand time)") @RequestParam(required = false) String to,
			@Parameter(description = "page number from 1") @RequestParam(required = false) String page,
			@Parameter(description = "entries per page, 1-500, default 100") @RequestParam(defaultValue = "100") int size) {
		AuditFilter filter = new AuditFilter(type, user, province, from, to, page);
		if (size < 1 || size > 500) {
			throw new org.smartcityplanner.shared.InvalidInputException("admin.audit.invalid.size");
		}
		return audit.search(filter.query(), filter.pageNumber(), size);
	}
}
