package org.smartcityplanner.participation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * An appointment order of the working group (คำสั่งแต่งตั้งคณะทำงาน): the first, or a revision that replaces the
 * one before and lists the whole group again.
 *
 * @param id             database id
 * @param province       the province
 * @param revision       1 for the first order, 2, 3… for revisions
 * @param number         the order number, e.g. "245/2569"
 * @param signedOn       the date it was signed
 * @param signedBy       who signed it
 * @param signerPosition their position, e.g. "ผู้ว่าราชการจังหวัดพิษณุโลก"
 * @param groupName      the group's name at the time
 * @param issuer         the issuer at the time
 * @param duties         the duties at the time, one per line
 * @param issuedAt       when it was recorded
 * @param issuedBy       who recorded it
 * @param members        the members it appoints, by role
 */
public record AppointmentOrder(long id, ProvinceCode province, int revision, String number, LocalDate signedOn,
		String signedBy, String signerPosition, String groupName, String issuer, String duties, Instant issuedAt,
		String issuedBy, List<OrderMember> members) {

	public AppointmentOrder {
		members = List.copyOf(members);
	}

	public boolean replacesAnEarlierOrder() {
		return revision > 1;
	}

	/** The duties, one per non-blank line. */
	public List<String> dutyLines() {
		return duties.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}
}
