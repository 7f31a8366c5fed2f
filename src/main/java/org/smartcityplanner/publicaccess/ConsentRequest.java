package org.smartcityplanner.publicaccess;

import java.time.LocalDate;
import java.util.Objects;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A person's consent to keep and use their personal data, as the module that holds the data records it.
 *
 * @param province      the province whose people the data belongs to
 * @param holder        the kind of record holding the data, e.g. {@code training-trainee}; names a
 *                      {@link org.smartcityplanner.publicaccess.spi.PersonalDataHolder}
 * @param subjectId     the record's id in the holder
 * @param purpose       what the data is used for, as shown to the person
 * @param textVersion   the version of the consent text the person agreed to
 * @param retainedUntil the last day the data is kept; erased the day after
 */
public record ConsentRequest(ProvinceCode province, String holder, long subjectId, String purpose,
		String textVersion, LocalDate retainedUntil) {

	public ConsentRequest {
		Objects.requireNonNull(province, "province");
		Objects.requireNonNull(holder, "holder");
		Objects.requireNonNull(purpose, "purpose");
		Objects.requireNonNull(textVersion, "textVersion");
		Objects.requireNonNull(retainedUntil, "retainedUntil");
	}
}
