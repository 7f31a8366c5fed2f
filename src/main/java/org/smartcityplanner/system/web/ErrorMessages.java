package org.smartcityplanner.system.web;

import java.util.Set;

/** The statuses that have their own title and message in both languages. */
final class ErrorMessages {

	private static final Set<Integer> KNOWN = Set.of(400, 401, 403, 404, 405, 409, 413, 500);

	private ErrorMessages() {
	}

	static boolean isKnown(int status) {
		return KNOWN.contains(status);
	}
}
