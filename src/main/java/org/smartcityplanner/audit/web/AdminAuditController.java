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

	AdminAuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String type, Model model) {
		String filter = type == null || type.isBlank() ? null : type.trim();
		model.addAttribute("entries", audit.latest(filter, PAGE_SIZE));
		model.addAttribute("type", filter);
		return "admin/audit";
	}
}
