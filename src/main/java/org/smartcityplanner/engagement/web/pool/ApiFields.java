package org.smartcityplanner.engagement.web.pool;

import org.smartcityplanner.shared.InvalidInputException;

/** Required-field checks for the pool's JSON requests, naming the field in the 400 answer. */
final class ApiFields {

	private ApiFields() {
	}

	static void required(String field, Object value) {
		if (value == null) {
			throw new InvalidInputException("pool.api.required", field);
		}
	}
}
