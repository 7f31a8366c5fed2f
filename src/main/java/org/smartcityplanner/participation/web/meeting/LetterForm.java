package org.smartcityplanner.participation.web.meeting;

import java.time.LocalDate;
import java.util.List;

import org.smartcityplanner.participation.InvitationLetter;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.domain.meeting.FieldIssue;

/** The invitation letter's fields as typed. */
class LetterForm {

	private String letterNo = "";
	private String letterDate = "";
	private String issuingOffice = "";
	private String addressee = "";
	private String referenceText = "";
	private String enclosures = "";
	private String body = "";
	private String signerName = "";
	private String signerPosition = "";
	private int version;

	static LetterForm of(Meeting meeting) {
		InvitationLetter l = meeting.letter();
		LetterForm form = new LetterForm();
		form.letterNo = l.letterNo();
		form.letterDate = l.letterDate() == null ? "" : l.letterDate().toString();
		form.issuingOffice = l.issuingOffice();
		form.addressee = l.addressee();
		form.referenceText = l.referenceText();
		form.enclosures = l.enclosures();
		form.body = l.body();
		form.signerName = l.signerName();
		form.signerPosition = l.signerPosition();
		form.version = meeting.version();
		return form;
	}

	InvitationLetter letter(List<FieldIssue> issues) {
		LocalDate date = FormTimes.date("letterDate", letterDate, false, issues);
		return new InvitationLetter(letterNo, date, issuingOffice, addressee, referenceText, enclosures, body,
				signerName, signerPosition);
	}

	public String getLetterNo() { return letterNo; }
	public void setLetterNo(String letterNo) { this.letterNo = letterNo; }
	public String getLetterDate() { return letterDate; }
	public void setLetterDate(String letterDate) { this.letterDate = letterDate; }
	public String getIssuingOffice() { return issuingOffice; }
	public void setIssuingOffice(String issuingOffice) { this.issuingOffice = issuingOffice; }
	public String getAddressee() { return addressee; }
	public void setAddressee(String addressee) { this.addressee = addressee; }
	public String getReferenceText() { return referenceText; }
	public void setReferenceText(String referenceText) { this.referenceText = referenceText; }
	public String getEnclosures() { return enclosures; }
	public void setEnclosures(String enclosures) { this.enclosures = enclosures; }
	public String getBody() { return body; }
	public void setBody(String body) { this.body = body; }
	public String getSignerName() { return signerName; }
	public void setSignerName(String signerName) { this.signerName = signerName; }
	public String getSignerPosition() { return signerPosition; }
	public void setSignerPosition(String signerPosition) { this.signerPosition = signerPosition; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
}
