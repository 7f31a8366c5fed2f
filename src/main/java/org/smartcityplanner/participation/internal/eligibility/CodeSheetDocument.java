package org.smartcityplanner.participation.internal.eligibility;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.participation.domain.eligibility.ParticipationCodes;
import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.Publication;
import org.smartcityplanner.publication.Span;
import org.smartcityplanner.publication.Value;

/**
 * The A4 code sheet handed out at a meeting: slips two by two in a ruled table whose lines are the cut lines, each
 * slip complete on its own (province, what the codes are for, the code, where to type it and that it works once).
 * A slip is a table row that never splits over a page, so scissors never cut through a code. Always Thai: the
 * slips go to the province's people.
 */
final class CodeSheetDocument {

	static final int SLIPS_PER_ROW = 2;

	private CodeSheetDocument() {
	}

	static Publication of(String provinceName, String label, String enterAddress, List<String> codes, Instant madeAt) {
		List<List<Value>> rows = new ArrayList<>();
		for (int i = 0; i < codes.size(); i += SLIPS_PER_ROW) {
			List<Value> row = new ArrayList<>();
			for (int k = i; k < i + SLIPS_PER_ROW; k++) {
				row.add(k < codes.size() ? Value.text(slip(provinceName, label, enterAddress, codes.get(k))) : Value.text(""));
			}
			rows.add(row);
		}
		String cut = "ตัดตามเส้น แจกคนละ ๑ ใบ";
		return Publication.thai("รหัสเข้าร่วม " + label, madeAt)
			.property("participation-code-batch", label)
			.withoutPageNumbers()
			.add(new Part.Paragraph(List.of(Span.bold("รหัสเข้าร่วมแสดงความคิดเห็น จังหวัด" + provinceName),
					Span.plain(" · " + label + " · " + codes.size() + " รหัส")), Part.Paragraph.Layout.LEFT, 0))
			.add(new Part.Table("", List.of(Part.Table.Column.text(cut, 1), Part.Table.Column.text(cut, 1)), rows))
			.build();
	}

	private static String slip(String provinceName, String label, String enterAddress, String code) {
		return "จังหวัด" + provinceName + "\n" + label + "\nรหัสเข้าร่วม: " + ParticipationCodes.printed(code)
				+ "\nเปิด " + enterAddress + "\nแล้วพิมพ์รหัสนี้ ใช้ได้ครั้งเดียว";
	}
}
