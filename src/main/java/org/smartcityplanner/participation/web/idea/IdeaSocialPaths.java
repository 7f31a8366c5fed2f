package org.smartcityplanner.participation.web.idea;

import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;

/** The public idea paths the support, comment and photo pages share. */
final class IdeaSocialPaths {

	private IdeaSocialPaths() {
	}

	/** The province of a public path; a code that is no province answers 404 like an unknown idea. */
	static ProvinceCode province(String code, String ideaId) {
		if (!ProvinceCode.isValid(code)) {
			throw new NotInProvinceException("id", ideaId);
		}
		return ProvinceCode.of(code);
	}

	/** The idea id of a public path; anything but a number answers 404 like an unknown idea, never 400 or 500. */
	static long id(String raw) {
		if (raw == null || !raw.matches("\\d{1,18}")) {
			throw new NotInProvinceException("id", raw);
		}
		return Long.parseLong(raw);
	}

	static String idea(ProvinceCode province, long ideaId) {
		return "/public/" + province.value() + "/ideas/" + ideaId;
	}
}
