package org.smartcityplanner.audit.web;

import org.smartcityplanner.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for admins, newest first, optionally filtered by entity type.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminAuditController {

	static final int PAGE_SIZE = 200;

	private final AuditLog audit;
	private final AuditChanges changes;

	AdminAuditController(AuditLog audit, AuditChanges changes) {
		this.audit = audit;
		this.changes = changes;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String type, Model model) {
		String filter = type == null || type.isBlank() ? null : type.trim();
		var entries = audit.latest(filter, PAGE_SIZE);
		model.addAttribute("entries", entries);
		model.addAttribute("changes", entries.stream()
			.collect(java.util.stream.Collectors.toMap(entry -> entry.id(),
					entry -> changes.between(entry.before(), entry.after()))));
		model.addAttribute("type", filter);
		model.addAttribute("types", audit.entityTypes());
		return "admin/audit";
	}
}
