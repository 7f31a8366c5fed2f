package org.smartcityplanner.participation.web.idea;

import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;

/** The public idea paths the support, comment and photo pages share. */
final class IdeaSocialPaths {

	private IdeaSocialPaths() {
	}

	/** The province of a public path; a code that is no province answers 404 like an unknown idea. */
	static ProvinceCode province(String code, long ideaId) {
		if (!ProvinceCode.isValid(code)) {
			throw new NotInProvinceException("id", ideaId);
		}
		return ProvinceCode.of(code);
	}

	static String idea(ProvinceCode province, long ideaId) {
		return "/public/" + province.value() + "/ideas/" + ideaId;
	}
}
