package org.smartcityplanner.training.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.Column;
import org.smartcityplanner.documents.DocumentInfo;
import org.smartcityplanner.documents.NumberStyle;
import org.smartcityplanner.documents.Orientation;
import org.smartcityplanner.documents.PageSetup;
import org.smartcityplanner.documents.SheetModel;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.documents.ThaiDates;
import org.smartcityplanner.documents.WorkbookModel;
import org.smartcityplanner.training.CohortReport;
import org.smartcityplanner.training.TrainingSession;

/**
 * The raw figures of a cohort's training report as a workbook: one row per trainee (attendance, scores, gain,
 * certificate), one per session (attendance, satisfaction) and the sector mix. Numbers are numbers, so the
 * province can chart and filter them itself. The document engine quote-prefixes text
 * that a spreadsheet would take for a formula.
 */
final class TrainingReportWorkbook {

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private TrainingReportWorkbook() {
	}

	static WorkbookModel of(CohortReport report, String provinceName, Instant now) {
		var cohort = report.cohort();
		List<String> title = List.of("ข้อมูลผลการอบรม " + cohort.name(), "จังหวัด" + provinceName,
				ThaiDates.full(cohort.startDate()) + " – " + ThaiDates.full(cohort.endDate()));
		DocumentInfo info = DocumentInfo.thai("ข้อมูลผลการอบรม " + cohort.name(), now);
		return new WorkbookModel(info, PageSetup.TH_SARABUN_PSK, List.of(
				new SheetModel("ผู้เข้าอบรม", title, trainees(report), Orientation.LANDSCAPE),
				new SheetModel("ช่วงการอบรม", title, sessions(report), Orientation.LANDSCAPE),
				new SheetModel("ภาคส่วน", title, sectors(report), Orientation.PORTRAIT)));
	}

	private static Table trainees(CohortReport report) {
		List<List<Cell>> rows = new ArrayList<>();
		for (var line : report.trainees()) {
			var t = line.trainee();
			rows.add(List.of(Cell.text(t.anonymised() ? "(ลบข้อมูลแล้ว)" : t.fullName()),
					Cell.text(t.organisation()), Cell.text(TrainingReportDocument.SECTORS.get(t.sector())),
					Cell.number(line.attended()), Cell.number(TrainingReportDocument.bd(line.attendancePercent(), 2), NumberStyle.DECIMAL),
					line.pre() == null ? Cell.empty() : Cell.number(line.pre().score()),
					line.post() == null ? Cell.empty() : Cell.number(line.post().score()),
					line.post() == null ? (line.pre() == null ? Cell.empty() : Cell.number(line.pre().maxScore()))
							: Cell.number(line.post().maxScore()),
					line.gain().isPresent() ? Cell.number(TrainingReportDocument.bd(line.gain().getAsDouble(), 2), NumberStyle.DECIMAL)
							: Cell.empty(),
					Cell.text(line.eligible() ? "ผ่าน" : "ไม่ผ่าน"),
					Cell.text(line.certificateCode() == null ? "" : line.certificateCode())));
		}
		return Table.simple("ผู้เข้าอบรม", List.of(Column.left(4), Column.left(5), Column.left(3), Column.right(1.5),
				Column.right(1.5), Column.right(1.5), Column.right(1.5), Column.right(1.5), Column.right(1.5),
				Column.left(1.5), Column.left(2.5)),
				List.of("ชื่อ-นามสกุล", "หน่วยงาน", "ภาคส่วน", "เข้าอบรม (ช่วง)", "ร้อยละการเข้าอบรม", "คะแนนก่อน",
						"คะแนนหลัง", "คะแนนเต็ม", "normalised gain", "เกณฑ์วุฒิบัตร", "รหัสวุฒิบัตร"),
				rows);
	}

	private static Table sessions(CohortReport report) {
		List<List<Cell>> rows = new ArrayList<>();
		for (int i = 0; i < report.sessions().size(); i++) {
			TrainingSession session = report.sessions().get(i);
			var s = report.satisfaction().get(i);
			rows.add(List.of(Cell.text(ThaiDates.abbreviated(session.startsAt().atZone(BANGKOK).toLocalDate())),
					Cell.text(session.title()),
					Cell.number(report.sessionAttendance().getOrDefault(session.id(), 0)),
					Cell.number(TrainingReportDocument.bd(report.attendancePercent(session.id()), 2), NumberStyle.DECIMAL),
					Cell.number(s.responses()), Cell.number(TrainingReportDocument.bd(s.overall(), 2), NumberStyle.DECIMAL),
					Cell.number(TrainingReportDocument.bd(s.usefulness(), 2), NumberStyle.DECIMAL),
					Cell.number(TrainingReportDocument.bd(s.trainer(), 2), NumberStyle.DECIMAL)));
		}
		return Table.simple("ช่วงการอบรม", List.of(Column.left(2), Column.left(6), Column.right(1.5), Column.right(1.5),
				Column.right(1.5), Column.right(1.5), Column.right(1.5), Column.right(1.5)),
				List.of("วันที่", "ช่วงการอบรม", "ผู้เข้าอบรม", "ร้อยละ", "ผู้ตอบแบบประเมิน", "พึงพอใจโดยรวม",
						"ประโยชน์", "วิทยากร"),
				rows);
	}

	private static Table sectors(CohortReport report) {
		List<List<Cell>> rows = new ArrayList<>();
		report.sectorMix().forEach((sector, count) -> rows.add(List.of(
				Cell.text(TrainingReportDocument.SECTORS.get(sector)), Cell.number(count))));
		return Table.simple("ภาคส่วน", List.of(Column.left(5), Column.right(2)), List.of("ภาคส่วน", "จำนวน (คน)"), rows);
	}
}
