package org.smartcityplanner.training.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.smartcityplanner.shared.CsvCells;
import org.smartcityplanner.training.PersonalLinkSheet;

/**
 * The cohort's personal links as CSV, for a mail merge or a messaging tool. Names and organisations come from
 * people and imports, so every text cell is guarded against formula injection; the file starts with a UTF-8 byte
 * order mark so spreadsheets read the Thai correctly.
 */
final class PersonalLinkList {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private PersonalLinkList() {
	}

	static byte[] csv(PersonalLinkSheet sheet) {
		StringBuilder text = new StringBuilder(CsvCells.line(List.of("trainee_id", "full_name", "organisation", "link")));
		for (PersonalLinkSheet.Entry entry : sheet.entries()) {
			text.append(CsvCells.line(List.of(String.valueOf(entry.traineeId()), entry.fullName(), entry.organisation(),
					entry.link())));
		}
		byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, file, 0, BOM.length);
		System.arraycopy(body, 0, file, BOM.length, body.length);
		return file;
	}
}
