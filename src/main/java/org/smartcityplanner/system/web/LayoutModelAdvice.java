package org.smartcityplanner.system.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.reference.Province;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What the page header needs on every page: the signed-in user, the provinces they can switch to and the
 * province of the current page.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModelAdvice {

	private final IdentityApi identity;
	private final ReferenceApi reference;

	LayoutModelAdvice(IdentityApi identity, ReferenceApi reference) {
		this.identity = identity;
		this.reference = reference;
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return identity.currentUser().orElse(null);
	}

	@ModelAttribute("switchableProvinces")
	List<Province> switchableProvinces() {
		return identity.currentUser().map(user -> {
			Set<ProvinceCode> codes = identity.accessibleProvinces(user);
			return reference.provinces().stream().filter(p -> codes.contains(p.code()))
				.sorted(Comparator.comparing(p -> p.code().value())).toList();
		}).orElse(List.of());
	}

	@ModelAttribute("currentProvince")
	Province currentProvince(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof java.util.Map<?, ?> map && map.get("provinceCode") instanceof String raw
				&& ProvinceCode.isValid(raw)) {
			return reference.province(ProvinceCode.of(raw)).orElse(null);
		}
		return null;
	}

	/**
	 * The address of the page being shown, for the language links: on an error page that is the address that
	 * failed, not {@code /error}; the query is kept (minus {@code lang}) so a filter survives the switch.
	 */
	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (failed != null ? failed.toString() : request.getRequestURI())
			.substring(request.getContextPath().length());
		String query = failed != null ? null : request.getQueryString();
		if (query == null || query.isBlank()) {
			return path;
		}
		String kept = java.util.Arrays.stream(query.split("&")).filter(part -> !part.startsWith("lang="))
			.collect(java.util.stream.Collectors.joining("&"));
		return kept.isEmpty() ? path : path + "?" + kept;
	}

	/** The path without context or query, to mark the current menu entry. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
