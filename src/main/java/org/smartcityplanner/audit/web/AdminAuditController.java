package org.smartcityplanner.audit.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.audit.AuditPage;
import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The audit log for admins, newest first, filtered by entity type, user, province and days, a page at a time
 * with the total shown, so a long log never stops silently.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminAuditController {

	static final int PAGE_SIZE = 100;

	private final AuditLog audit;
	private final AuditChanges changes;

	AdminAuditController(AuditLog audit, AuditChanges changes) {
		this.audit = audit;
		this.changes = changes;
	}

	@GetMapping("/admin/audit")
	String audit(AuditFilter filter, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("types", audit.entityTypes());
		AuditPage page;
		try {
			page = audit.search(filter.query(), filter.pageNumber(), PAGE_SIZE);
		}
		catch (InvalidInputException e) {
			model.addAttribute("filterError", e.messageKey());
			page = new AuditPage(java.util.List.of(), 1, PAGE_SIZE, 0);
		}
		model.addAttribute("page", page);
		model.addAttribute("entries", page.entries());
		Map<Long, ?> changesById = page.entries().stream()
			.collect(Collectors.toMap(entry -> entry.id(), entry -> changes.between(entry.before(), entry.after())));
		model.addAttribute("changes", changesById);
		return "admin/audit";
	}
}
