package org.smartcityplanner.participation.web.idea;

import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The full address of an idea author's personal link, as given once on the thank-you page or to staff. */
final class PersonalLinks {

	private PersonalLinks() {
	}

	static String of(ProvinceCode province, String secret) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/public/{code}/ideas/mine/{secret}")
			.buildAndExpand(province.value(), secret).toUriString();
	}
}
