package org.smartcityplanner.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * A Thai document that uses every kind of block, with the hard cases of Thai typesetting: stacked marks
 * (ที่นี่, ปี่, น้ำ, กํ้า), long words without spaces that must break between words, a very long name.
 */
public final class SampleDocuments {

	public static final String STACKED_MARKS = "ผู้ใหญ่ปู่ย่าตายายที่นี่ กิ่งไม้ ปิ่นโต น้ำท่วม ฟื้นฟู เปี๊ยก ญี่ปุ่น ฐานข้อมูลเมืองอัจฉริยะ";

	public static final String LONG_THAI = "โครงการพัฒนาระบบบริหารจัดการจราจรอัจฉริยะและระบบขนส่งสาธารณะเชื่อมโยงเมืองพิษณุโลกกับพื้นที่เศรษฐกิจพิเศษเพื่อยกระดับคุณภาพชีวิตของประชาชนและลดการปล่อยก๊าซเรือนกระจกอย่างยั่งยืนตามแนวทางการพัฒนาเมืองอัจฉริยะของสำนักงานส่งเสริมเศรษฐกิจดิจิทัล";

	private SampleDocuments() {
	}

	public static DocumentModel thaiReport(boolean thaiNumerals) {
		DocumentInfo info = new DocumentInfo("แผนแม่บทเมืองอัจฉริยะ จังหวัดพิษณุโลก", "ตัวอย่าง", "สำนักงานจังหวัด",
				DocumentLanguage.THAI, thaiNumerals, Instant.parse("2026-11-25T03:00:00Z"),
				Map.of("plan-version", "7", "input-hash", "abc123"));
		DocumentModel.Builder b = DocumentModel.builder(info)
			.cover(new Cover("แผนแม่บทเมืองอัจฉริยะ", "จังหวัดพิษณุโลก",
					List.of("พ.ศ. 2570 - 2574", "ฉบับที่ 7"), null, List.of("สำนักงานจังหวัดพิษณุโลก", "พฤศจิกายน 2569")))
			.running(new RunningText("แผนแม่บทเมืองอัจฉริยะ จังหวัดพิษณุโลก", "", RunningText.PageNumbers.TOP_CENTER))
			.tableOfContents()
			.pageBreak()
			.heading(1, "บทนำ")
			.heading(2, "ความเป็นมา")
			.paragraph(STACKED_MARKS + " " + LONG_THAI + " " + LONG_THAI)
			.bullets(List.of("ด้านเศรษฐกิจอัจฉริยะ (Smart Economy)", "ด้านการเดินทางและขนส่งอัจฉริยะ", LONG_THAI))
			.add(new BulletList(List.of("ขั้นที่หนึ่ง", "ขั้นที่สอง"), true))
			.add(chart())
			.heading(2, "งบประมาณ")
			.add(budgetTable(30))
			.add(Table.simple("ตารางว่าง", List.of(Column.left(3), Column.right(1)), List.of("รายการ", "จำนวน"),
					List.of()))
			.landscape()
			.heading(1, "ตัวชี้วัดและค่าเป้าหมายรายปี")
			.add(wideTable())
			.portrait()
			.heading(1, "ภาคผนวก")
			.add(new Paragraph(List.of(), Align.LEFT, false, 0));
		return b.build();
	}

	public static Table budgetTable(int rows) {
		return budgetTable(rows, 6);
	}

	/** A budget table whose totals formula sums the body rows starting at spreadsheet row {@code firstRow}. */
	public static Table budgetTable(int rows, int firstRow) {
		List<List<Cell>> body = new ArrayList<>();
		long total = 0;
		for (int i = 1; i <= rows; i++) {
			long amount = 1_250_000L * i;
			total += amount;
			body.add(List.of(Cell.number(i).withAlign(Align.CENTER), Cell.text(i == 3 ? LONG_THAI : "โครงการที่ " + i + " ปรับปรุงฐานข้อมูลเมือง"),
					Cell.text("สำนักงานจังหวัด"), Cell.number(BigDecimal.valueOf(amount), NumberStyle.BAHT)));
		}
		body.add(List.of(Cell.bold("รวม").withColSpan(3).withAlign(Align.CENTER),
				Cell.formula("SUM(" + CellRefs.range(3, firstRow, firstRow + rows - 1) + ")", NumberStyle.BAHT, BigDecimal.valueOf(total))));
		return new Table("ตารางที่ 1 งบประมาณรายโครงการ (บาท)",
				List.of(Column.center(0.6), Column.left(5), Column.left(2), Column.right(2)),
				List.of(List.of(Cell.header("ลำดับ", 1, 2), Cell.header("โครงการ", 1, 2), Cell.header("หน่วยงาน", 1, 2),
						Cell.header("งบประมาณ", 1, 1)), List.of(Cell.header("(บาท)", 1, 1))),
				body, true);
	}

	public static Table wideTable() {
		List<Cell> top = new ArrayList<>(List.of(Cell.header("ตัวชี้วัด", 1, 2), Cell.header("ค่าฐาน", 1, 2),
				Cell.header("ค่าเป้าหมายรายปี (พ.ศ.)", 5, 1), Cell.header("หน่วยงานรับผิดชอบ", 1, 2)));
		List<Cell> years = new ArrayList<>();
		for (int y = 2570; y <= 2574; y++) {
			years.add(Cell.header(String.valueOf(y), 1, 1));
		}
		List<List<Cell>> body = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			List<Cell> row = new ArrayList<>();
			row.add(Cell.text("ร้อยละของครัวเรือนที่เข้าถึงอินเทอร์เน็ตความเร็วสูง " + i));
			row.add(Cell.number(BigDecimal.valueOf(40 + i), NumberStyle.DECIMAL));
			for (int y = 0; y < 5; y++) {
				row.add(Cell.number(BigDecimal.valueOf(45 + i + y * 5), NumberStyle.DECIMAL));
			}
			row.add(Cell.text("สำนักงานสถิติจังหวัด"));
			body.add(row);
		}
		List<Column> columns = new ArrayList<>(List.of(Column.left(5), Column.right(1.2)));
		for (int y = 0; y < 5; y++) {
			columns.add(Column.right(1.2));
		}
		columns.add(Column.left(3));
		return new Table("ตารางที่ 2 ตัวชี้วัดและค่าเป้าหมาย", columns, List.of(top, years), body, false);
	}

	static Image chart() {
		BufferedImage image = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 600, 300);
		g.setColor(new Color(0x1F4E79));
		for (int i = 0; i < 5; i++) {
			g.fillRect(60 + i * 100, 260 - (i + 1) * 40, 60, (i + 1) * 40);
		}
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return new Image(out.toByteArray(), 600, 300, 12, "ภาพที่ 1 งบประมาณรายปี", "แผนภูมิแท่งงบประมาณ");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
