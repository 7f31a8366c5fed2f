package org.smartcityplanner.participation;

import java.time.LocalDate;

/**
 * The fields of a Thai official invitation letter (หนังสือเชิญประชุม) that the meeting itself does not give.
 *
 * @param letterNo the letter's number (ที่), e.g. "พล 0017/ว 123"
 * @param letterDate its date, or null for the day it is printed
 * @param issuingOffice the sending office and address (ส่วนราชการ)
 * @param addressee to whom (เรียน)
 * @param referenceText earlier letters referred to (อ้างถึง), empty for none
 * @param enclosures what goes with it (สิ่งที่ส่งมาด้วย), empty for none
 * @param body the purpose of the meeting in the words of the letter, before the standard date, time and place
 * @param signerName who signs
 * @param signerPosition the signer's position
 */
public record InvitationLetter(String letterNo, LocalDate letterDate, String issuingOffice, String addressee,
		String referenceText, String enclosures, String body, String signerName, String signerPosition) {

	public InvitationLetter {
		letterNo = Texts.clean(letterNo);
		issuingOffice = Texts.clean(issuingOffice);
		addressee = Texts.clean(addressee);
		referenceText = Texts.clean(referenceText);
		enclosures = Texts.clean(enclosures);
		body = Texts.clean(body);
		signerName = Texts.clean(signerName);
		signerPosition = Texts.clean(signerPosition);
	}

	/** A letter with nothing filled in yet. */
	public static InvitationLetter blank() {
		return new InvitationLetter("", null, "", "", "", "", "", "", "");
	}
}
