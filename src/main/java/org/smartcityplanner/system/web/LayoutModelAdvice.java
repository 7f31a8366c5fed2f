package org.smartcityplanner.system.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

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

	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		return request.getRequestURI();
	}
}
