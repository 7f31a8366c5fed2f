package org.smartcityplanner.participation.web.eligibility;

import org.smartcityplanner.shared.NotInProvinceException;

/** A code batch's id as a path carries it: anything but a number is no batch of the province (404, never a 500). */
public final class CodeBatchIds {

	private CodeBatchIds() {
	}

	public static long parse(String raw) {
		if (raw == null || !raw.matches("\\d{1,18}")) {
			throw new NotInProvinceException("batchId", raw);
		}
		return Long.parseLong(raw);
	}
}
