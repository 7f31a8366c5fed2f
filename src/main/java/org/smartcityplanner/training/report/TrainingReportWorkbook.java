package org.smartcityplanner.training.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.Part.Table.Column;
import org.smartcityplanner.publication.Publication;
import org.smartcityplanner.publication.PublicationDates;
import org.smartcityplanner.publication.Value;
import org.smartcityplanner.publication.Workbook;
import org.smartcityplanner.training.CohortReport;
import org.smartcityplanner.training.TrainingSession;

/**
 * The raw figures of a cohort's training report as a workbook: one row per trainee (attendance, scores, gain,
 * certificate), one per session (attendance, satisfaction) and the sector mix. Numbers are numbers, so the
 * province can chart and filter them itself. The document engine quote-prefixes text
 * that a spreadsheet would take for a formula.
 */
final class TrainingReportWorkbook {

	private TrainingReportWorkbook() {
	}

	static Workbook of(CohortReport report, String provinceName, Instant now) {
		var cohort = report.cohort();
		List<String> title = List.of("ข้อมูลผลการอบรม " + cohort.name(), "จังหวัด" + provinceName,
				PublicationDates.full(cohort.startDate()) + " – " + PublicationDates.full(cohort.endDate()));
		return new Workbook("ข้อมูลผลการอบรม " + cohort.name(), Publication.THAI, now, List.of(
				new Workbook.Sheet("ผู้เข้าอบรม", title, trainees(report), true),
				new Workbook.Sheet("ช่วงการอบรม", title, sessions(report), true),
				new Workbook.Sheet("ภาคส่วน", title, sectors(report), false)));
	}

	private static Part.Table trainees(CohortReport report) {
		List<List<Value>> rows = new ArrayList<>();
		for (var line : report.trainees()) {
			var t = line.trainee();
			rows.add(List.of(Value.text(t.anonymised() ? "(ลบข้อมูลแล้ว)" : t.fullName()),
					Value.text(t.organisation()), Value.text(TrainingReportDocument.SECTORS.get(t.sector())),
					Value.whole(line.attended()), Value.decimal(TrainingReportDocument.bd(line.attendancePercent(), 2)),
					line.pre() == null ? Value.empty() : Value.whole(line.pre().score()),
					line.post() == null ? Value.empty() : Value.whole(line.post().score()),
					line.post() == null ? (line.pre() == null ? Value.empty() : Value.whole(line.pre().maxScore()))
							: Value.whole(line.post().maxScore()),
					line.gain().isPresent() ? Value.decimal(TrainingReportDocument.bd(line.gain().getAsDouble(), 2))
							: Value.empty(),
					Value.text(line.eligible() ? "ผ่าน" : "ไม่ผ่าน"),
					Value.text(line.certificateCode() == null ? "" : line.certificateCode())));
		}
		return new Part.Table("ผู้เข้าอบรม", List.of(Column.text("ชื่อ-นามสกุล", 4), Column.text("หน่วยงาน", 5),
				Column.text("ภาคส่วน", 3), Column.number("เข้าอบรม (ช่วง)", 1.5), Column.number("ร้อยละการเข้าอบรม", 1.5),
				Column.number("คะแนนก่อน", 1.5), Column.number("คะแนนหลัง", 1.5), Column.number("คะแนนเต็ม", 1.5),
				Column.number("normalised gain", 1.5), Column.text("เกณฑ์วุฒิบัตร", 1.5),
				Column.text("รหัสวุฒิบัตร", 2.5)), rows);
	}

	private static Part.Table sessions(CohortReport report) {
		List<List<Value>> rows = new ArrayList<>();
		for (int i = 0; i < report.sessions().size(); i++) {
			TrainingSession session = report.sessions().get(i);
			var s = report.satisfaction().get(i);
			rows.add(List.of(
					Value.text(PublicationDates.abbreviated(session.startsAt().atZone(TrainingReportDocument.BANGKOK).toLocalDate())),
					Value.text(session.title()),
					Value.whole(report.sessionAttendance().getOrDefault(session.id(), 0)),
					Value.decimal(TrainingReportDocument.bd(report.attendancePercent(session.id()), 2)),
					Value.whole(s.responses()), Value.decimal(TrainingReportDocument.bd(s.overall(), 2)),
					Value.decimal(TrainingReportDocument.bd(s.usefulness(), 2)),
					Value.decimal(TrainingReportDocument.bd(s.trainer(), 2))));
		}
		return new Part.Table("ช่วงการอบรม", List.of(Column.text("วันที่", 2), Column.text("ช่วงการอบรม", 6),
				Column.number("ผู้เข้าอบรม", 1.5), Column.number("ร้อยละ", 1.5), Column.number("ผู้ตอบแบบประเมิน", 1.5),
				Column.number("พึงพอใจโดยรวม", 1.5), Column.number("ประโยชน์", 1.5), Column.number("วิทยากร", 1.5)),
				rows);
	}

	private static Part.Table sectors(CohortReport report) {
		List<List<Value>> rows = new ArrayList<>();
		report.sectorMix().forEach((sector, count) -> rows.add(List.of(
				Value.text(TrainingReportDocument.SECTORS.get(sector)), Value.whole(count))));
		return new Part.Table("ภาคส่วน", List.of(Column.text("ภาคส่วน", 5), Column.number("จำนวน (คน)", 2)), rows);
	}
}
