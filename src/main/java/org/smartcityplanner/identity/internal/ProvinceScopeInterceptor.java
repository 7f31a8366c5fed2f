package org.smartcityplanner.identity.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The single place that enforces province scope: every route whose path carries a {@code {provinceCode}}
 * variable is refused (404 for an unknown province, 403 for a province the user does not belong to) before
 * the controller runs. Controllers therefore only ever see provinces the user may reach, and a new route is
 * protected by naming its variable {@code provinceCode} (ProvinceScopeRouteTests walks every route to prove it).
 */
@Component
public class ProvinceScopeInterceptor implements HandlerInterceptor {

	/** The path variable that marks a route as carrying a province. */
	public static final String PROVINCE_VARIABLE = "provinceCode";

	private final IdentityUseCases identity;
	private final ReferenceApi reference;

	ProvinceScopeInterceptor(IdentityUseCases identity, ReferenceApi reference) {
		this.identity = identity;
		this.reference = reference;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables == null || !variables.containsKey(PROVINCE_VARIABLE)) {
			return true;
		}
		String raw = variables.get(PROVINCE_VARIABLE);
		if (!ProvinceCode.isValid(raw) || reference.province(ProvinceCode.of(raw)).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Unknown province " + raw);
		}
		CurrentUser user = identity.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		if (!identity.canAccess(user, ProvinceCode.of(raw))) {
			throw new AccessDeniedException("Province " + raw + " is outside the user's scope");
		}
		return true;
	}
}
