package org.smartcityplanner.training.web;

import org.smartcityplanner.training.CertificateSigner;

/** The certificate signer form's fields as typed; serializable because a refused form travels in the flash. */
public class SignerForm implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	private String issuingAgency = "";
	private String signerName = "";
	private String signerPosition = "";

	static SignerForm of(CertificateSigner signer) {
		SignerForm form = new SignerForm();
		form.issuingAgency = signer.issuingAgency();
		form.signerName = signer.signerName();
		form.signerPosition = signer.signerPosition();
		return form;
	}

	CertificateSigner signer() {
		return new CertificateSigner(issuingAgency, signerName, signerPosition);
	}

	public String getIssuingAgency() { return issuingAgency; }
	public void setIssuingAgency(String issuingAgency) { this.issuingAgency = issuingAgency; }
	public String getSignerName() { return signerName; }
	public void setSignerName(String signerName) { this.signerName = signerName; }
	public String getSignerPosition() { return signerPosition; }
	public void setSignerPosition(String signerPosition) { this.signerPosition = signerPosition; }
}
