package org.smartcityplanner.monitoring.web.project;

import java.util.LinkedHashMap;
import java.util.Map;

import org.smartcityplanner.monitoring.internal.project.ProjectProgress;
import org.smartcityplanner.monitoring.internal.project.ProjectProgressService;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What the monitoring pages share: roles, names from the reference lists, refusals in the user's language. */
@Component
class MonitoringPages {

	/** Who reads progress: the plan team. */
	static final String READERS = "hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR', 'WORKING_GROUP')";

	/** Who reports progress: the province's coordinator and the institute's staff. */
	static final String REPORTERS = "hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')";

	static final String PAGES = "/p/{provinceCode}/monitoring";

	static final String API = "/api/v1/provinces/{provinceCode}/monitoring";

	private final ProjectProgressService progress;
	private final ReferenceApi reference;
	private final MessageSource messages;

	MonitoringPages(ProjectProgressService progress, ReferenceApi reference, MessageSource messages) {
		this.progress = progress;
		this.reference = reference;
		this.messages = messages;
	}

	/** The project of the province's action plan, or 404 (also for a project id of another province). */
	ProjectProgress project(String provinceCode, String projectId) {
		return progress.project(ProvinceCode.of(provinceCode), projectId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	Map<String, String> names(ReferenceKind kind) {
		Map<String, String> names = new LinkedHashMap<>();
		reference.items(kind).forEach(item -> names.put(item.code(), item.name().in(LocaleContextHolder.getLocale())));
		return names;
	}

	String text(InvalidInputException refused) {
		return messages.getMessage(refused.messageKey(), refused.arguments().toArray(), refused.messageKey(),
				LocaleContextHolder.getLocale());
	}

	String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
