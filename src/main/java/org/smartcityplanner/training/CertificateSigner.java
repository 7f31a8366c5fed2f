package org.smartcityplanner.training;

import java.util.Objects;

/**
 * Who issues and signs a cohort's certificates.
 *
 * @param issuingAgency the agency named as issuer, e.g. "สำนักงานจังหวัดพิษณุโลก"; empty when not set
 * @param signerName the signing official's full name; empty when not set
 * @param signerPosition the official's position, e.g. "ผู้ว่าราชการจังหวัดพิษณุโลก"; empty when not set
 */
public record CertificateSigner(String issuingAgency, String signerName, String signerPosition) {

	/** Nobody set yet. */
	public static final CertificateSigner NONE = new CertificateSigner("", "", "");

	public CertificateSigner {
		issuingAgency = Objects.requireNonNullElse(issuingAgency, "").strip();
		signerName = Objects.requireNonNullElse(signerName, "").strip();
		signerPosition = Objects.requireNonNullElse(signerPosition, "").strip();
	}

	/** Whether a signature block can be printed: a name and a position are known. */
	public boolean canSign() {
		return !signerName.isEmpty() && !signerPosition.isEmpty();
	}
}
