package org.smartcityplanner.participation.web.group;

import org.smartcityplanner.participation.OrderDraft;

/** The appointment-order form as posted. */
public class OrderForm {

	private String number;
	private String signedOn;
	private String signedBy;
	private String signerPosition;

	OrderDraft draft() {
		return new OrderDraft(number, signedOn, signedBy, signerPosition);
	}

	public String getNumber() { return number; }
	public void setNumber(String number) { this.number = number; }
	public String getSignedOn() { return signedOn; }
	public void setSignedOn(String signedOn) { this.signedOn = signedOn; }
	public String getSignedBy() { return signedBy; }
	public void setSignedBy(String signedBy) { this.signedBy = signedBy; }
	public String getSignerPosition() { return signerPosition; }
	public void setSignerPosition(String signerPosition) { this.signerPosition = signerPosition; }
}
