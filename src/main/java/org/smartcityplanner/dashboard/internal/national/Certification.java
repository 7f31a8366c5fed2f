package org.smartcityplanner.dashboard.internal.national;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * An entry of the certification register: a target area awarded the Smart City Thailand mark (outside this
 * application), and its renewal.
 *
 * @param id entry id
 * @param province the area's province
 * @param areaId profile's target-area id
 * @param certifiedOn the day the mark was awarded
 * @param renewedOn the day it was renewed, {@code null} when not renewed
 * @param reference the announcement or letter it was awarded by, may be empty
 * @param notes the institute's notes, may be empty (never shown to the public)
 * @param version for optimistic locking: send it back with a change
 */
public record Certification(long id, ProvinceCode province, long areaId, LocalDate certifiedOn, LocalDate renewedOn,
		String reference, String notes, int version) {

	/**
	 * What a form or an API call asks to record.
	 *
	 * @param province the area's province code, e.g. {@code TH-65}
	 * @param areaId the target area's id in that province
	 * @param certifiedOn the day the mark was awarded (not in the future)
	 * @param renewedOn the day it was renewed, after the award and not in the future; {@code null} when not renewed
	 * @param reference the announcement or letter, up to 200 characters
	 * @param notes notes, up to 2,000 characters
	 */
	public record Input(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "TH-65") String province,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long areaId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2025-03-15") LocalDate certifiedOn,
			LocalDate renewedOn, String reference, String notes) {

		public Input {
			reference = reference == null ? "" : reference.strip();
			notes = notes == null ? "" : notes.strip();
		}
	}
}
