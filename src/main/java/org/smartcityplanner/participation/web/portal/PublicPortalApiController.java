package org.smartcityplanner.participation.web.portal;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.smartcityplanner.participation.internal.portal.PortalView;
import org.smartcityplanner.participation.internal.portal.PublicPortal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The public portal's data for scripts and other sites: no account, read-only, the same data as the page. */
@RestController
@Tag(name = "Public portal", description = "A province's participation as the public sees it (no account needed)")
class PublicPortalApiController {

	private final PublicPortal portal;

	PublicPortalApiController(PublicPortal portal) {
		this.portal = portal;
	}

	@GetMapping("/api/v1/public/{code}")
	@SecurityRequirements
	@Operation(summary = "The province's participation process, open surveys, published survey results (small cells"
			+ " hidden), public hearings held, open and closed ballots, and open conversations and published opinion"
			+ " maps (never a draft ballot nor an unpublished map); names in the language of Accept-Language or ?lang",
			responses = { @ApiResponse(responseCode = "200", description = "the portal"),
					@ApiResponse(responseCode = "404", description = "no province has this code") })
	PortalView get(@PathVariable String code, Locale locale) {
		return portal.portal(code, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
