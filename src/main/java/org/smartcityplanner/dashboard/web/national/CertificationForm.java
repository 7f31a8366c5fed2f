package org.smartcityplanner.dashboard.web.national;

import org.smartcityplanner.dashboard.domain.BuddhistDates;
import org.smartcityplanner.dashboard.internal.national.Certification;
import org.smartcityplanner.shared.InvalidInputException;

/**
 * The register's form as typed: the area as "province:area id" (the select's value) and the dates as
 * day/month/B.E. year.
 *
 * @param area e.g. {@code TH-65:12}
 * @param certifiedOn e.g. {@code 15/3/2568}
 * @param renewedOn may be blank
 * @param reference may be blank
 * @param notes may be blank
 * @param version the entry's version when editing
 */
record CertificationForm(String area, String certifiedOn, String renewedOn, String reference, String notes,
		Integer version) implements java.io.Serializable {

	CertificationForm {
		// a new entry's form has no version; an edited one always sends it back
		version = version == null ? 0 : version;
	}

	static final CertificationForm EMPTY = new CertificationForm("", "", "", "", "", 0);

	static CertificationForm of(Certification entry) {
		return new CertificationForm(entry.province().value() + ":" + entry.areaId(),
				BuddhistDates.format(entry.certifiedOn()), BuddhistDates.format(entry.renewedOn()), entry.reference(),
				entry.notes(), entry.version());
	}

	/** What the register is asked to record; refuses an area value no select offers and dates it cannot read. */
	Certification.Input input() {
		String[] parts = area == null ? new String[0] : area.split(":");
		if (parts.length != 2 || !parts[1].matches("\\d{1,18}")) {
			throw new InvalidInputException("national.certification.areaInvalid");
		}
		return new Certification.Input(parts[0], Long.valueOf(parts[1]),
				BuddhistDates.parse(certifiedOn, "national.certification.certifiedOn"),
				BuddhistDates.parse(renewedOn, "national.certification.renewedOn"), reference, notes);
	}
}
