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
 * The A4 code sheet handed out at a meeting: one slip per row of a ruled table whose lines are the cut lines, about
 * ten to a page, each slip complete on its own (province, what the codes are for, where to type the code and that it
 * works once, and the code in a column of its own so it is never broken over two lines; the address, one word, keeps
 * a column wide enough for it). A slip is a table row that never splits over a page, so scissors never cut through a
 * code. Always Thai: the slips go to the province's people.
 */
final class CodeSheetDocument {

	private CodeSheetDocument() {
	}

	static Publication of(String provinceName, String label, String enterAddress, List<String> codes, Instant madeAt) {
		List<List<Value>> rows = new ArrayList<>();
		for (String code : codes) {
			rows.add(List.of(Value.text("จังหวัด" + provinceName + " · " + label + "\nเปิด " + enterAddress
					+ "\nแล้วพิมพ์รหัสทางขวา รหัสนี้ใช้ได้ครั้งเดียว"),
					Value.text("รหัสเข้าร่วม\n" + ParticipationCodes.printed(code))));
		}
		return Publication.thai("รหัสเข้าร่วม " + label, madeAt)
			.property("participation-code-batch", label)
			.withoutPageNumbers()
			.add(new Part.Paragraph(List.of(Span.bold("รหัสเข้าร่วมแสดงความคิดเห็น จังหวัด" + provinceName),
					Span.plain(" · " + label + " · " + codes.size() + " รหัส · ตัดตามเส้น แจกคนละ 1 ใบ")),
					Part.Paragraph.Layout.LEFT, 0))
			.add(new Part.Table("", List.of(Part.Table.Column.text("ร่วมวางแผนเมืองอัจฉริยะ", 3),
					Part.Table.Column.text("รหัส", 1)), rows))
			.build();
	}
}
