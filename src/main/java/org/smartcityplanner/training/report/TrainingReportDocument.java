package org.smartcityplanner.training.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.Column;
import org.smartcityplanner.documents.Cover;
import org.smartcityplanner.documents.DocumentInfo;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.NumberStyle;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.documents.ThaiDates;
import org.smartcityplanner.training.CohortReport;
import org.smartcityplanner.training.Sector;
import org.smartcityplanner.training.TrainingSession;

/**
 * The training report of one cohort as a Thai document: summary, attendance per session with a chart, the
 * sector mix with a chart, pre/post scores and normalised gain with a chart, satisfaction per session, and the
 * list of certified trainees.
 */
final class TrainingReportDocument {

	static final Map<Sector, String> SECTORS = Map.of(Sector.GOVERNMENT, "ภาครัฐ", Sector.LOCAL_GOVERNMENT,
			"องค์กรปกครองส่วนท้องถิ่น", Sector.PRIVATE, "ภาคเอกชน", Sector.CIVIL_SOCIETY, "ภาคประชาสังคม",
			Sector.ACADEMIA, "สถาบันการศึกษา");
	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private TrainingReportDocument() {
	}

	static DocumentModel of(CohortReport report, String provinceName, Instant now) {
		var cohort = report.cohort();
		int trainees = report.trainees().size();
		String title = "รายงานผลการอบรมพัฒนาศักยภาพด้านเมืองอัจฉริยะ";
		DocumentInfo info = DocumentInfo.thai(title + " " + cohort.name(), now)
			.withProperty("cohort-id", String.valueOf(cohort.id()))
			.withProperty("province", cohort.province().value());
		var doc = DocumentModel.builder(info)
			.cover(new Cover(title, cohort.name(), List.of("จังหวัด" + provinceName,
					ThaiDates.full(cohort.startDate()) + " – " + ThaiDates.full(cohort.endDate())), null,
					List.of("จัดทำเมื่อ " + ThaiDates.full(now.atZone(BANGKOK).toLocalDate()))));

		doc.heading(1, "สรุปผลการอบรม")
			.paragraph("รุ่น " + cohort.name() + " จังหวัด" + provinceName + " มีผู้ลงทะเบียน " + trainees + " คน (ขั้นต่ำ "
					+ cohort.minParticipants() + " คน รับได้ " + cohort.capacity() + " คน) จัดการอบรม "
					+ report.sessions().size() + " ช่วง อัตราการเข้าอบรมเฉลี่ย " + percent(averageAttendance(report))
					+ " คะแนนเฉลี่ยก่อนอบรม " + percent(report.preAverage()) + " หลังอบรม " + percent(report.postAverage())
					+ " ความก้าวหน้าทางการเรียนของรุ่น (normalised gain) " + decimal(report.cohortGain())
					+ " และมีผู้ได้รับวุฒิบัตร " + report.certifiedCount() + " คน")
			.paragraph("เกณฑ์การรับวุฒิบัตร: เข้าอบรมอย่างน้อยร้อยละ " + cohort.minAttendancePercent()
					+ " ของช่วงการอบรม และได้คะแนนแบบทดสอบหลังอบรมอย่างน้อยร้อยละ " + cohort.passPercent());

		doc.heading(1, "การเข้าอบรม");
		List<List<Cell>> rows = new ArrayList<>();
		List<BarChart.Bar> bars = new ArrayList<>();
		for (TrainingSession session : report.sessions()) {
			int present = report.sessionAttendance().getOrDefault(session.id(), 0);
			double share = report.attendancePercent(session.id());
			rows.add(List.of(Cell.text(ThaiDates.abbreviated(session.startsAt().atZone(BANGKOK).toLocalDate())),
					Cell.text(session.title()), Cell.number(present), Cell.number(bd(share, 1), NumberStyle.DECIMAL)));
			bars.add(new BarChart.Bar(session.title(), List.of(share)));
		}
		doc.add(Table.simple("การเข้าอบรมรายช่วง", List.of(Column.left(2), Column.left(6), Column.right(1.5),
				Column.right(1.5)), List.of("วันที่", "ช่วงการอบรม", "ผู้เข้าอบรม (คน)", "ร้อยละ"), rows));
		if (!bars.isEmpty()) {
			doc.add(BarChart.image(bars, 100, List.of("ร้อยละผู้เข้าอบรม"), "%", "ร้อยละผู้เข้าอบรมในแต่ละช่วง"));
		}

		doc.heading(1, "สัดส่วนผู้เข้าอบรมตามภาคส่วน");
		List<List<Cell>> mixRows = new ArrayList<>();
		List<BarChart.Bar> mixBars = new ArrayList<>();
		for (var entry : report.sectorMix().entrySet()) {
			double share = trainees == 0 ? 0 : entry.getValue() * 100.0 / trainees;
			mixRows.add(List.of(Cell.text(SECTORS.get(entry.getKey())), Cell.number(entry.getValue()),
					Cell.number(bd(share, 1), NumberStyle.DECIMAL)));
			mixBars.add(new BarChart.Bar(SECTORS.get(entry.getKey()), List.of((double) entry.getValue())));
		}
		doc.add(Table.simple("ผู้เข้าอบรมตามภาคส่วน", List.of(Column.left(5), Column.right(2), Column.right(2)),
				List.of("ภาคส่วน", "จำนวน (คน)", "ร้อยละ"), mixRows));
		doc.add(BarChart.image(mixBars, Math.max(1, trainees), List.of("จำนวนผู้เข้าอบรม"), "", "ผู้เข้าอบรมตามภาคส่วน"));

		doc.heading(1, "ผลการทดสอบก่อนและหลังอบรม")
			.paragraph("ความก้าวหน้าทางการเรียนคำนวณแบบ normalised gain: g = (คะแนนหลัง − คะแนนก่อน) ÷ (100 − คะแนนก่อน) "
					+ "จากคะแนนเฉลี่ยร้อยละของผู้ที่ทำแบบทดสอบทั้งสองครั้ง ต่ำกว่า 0.3 ถือว่าต่ำ 0.3–0.7 ปานกลาง และตั้งแต่ 0.7 ขึ้นไปสูง");
		doc.add(Table.simple("ผลการทดสอบของรุ่น", List.of(Column.left(6), Column.right(2)), List.of("รายการ", "ค่า"),
				List.of(List.of(Cell.text("คะแนนเฉลี่ยก่อนอบรม (ร้อยละ)"), number(report.preAverage(), 1)),
						List.of(Cell.text("คะแนนเฉลี่ยหลังอบรม (ร้อยละ)"), number(report.postAverage(), 1)),
						List.of(Cell.text("ความก้าวหน้าทางการเรียนของรุ่น (g)"), number(report.cohortGain(), 2)))));
		doc.add(BarChart.image(scoreBands(report), Math.max(1, trainees), List.of("ก่อนอบรม", "หลังอบรม"), "",
				"จำนวนผู้เข้าอบรมตามช่วงคะแนน ก่อนและหลังอบรม"));

		doc.heading(1, "ความพึงพอใจ");
		List<List<Cell>> satisfaction = new ArrayList<>();
		for (int i = 0; i < report.sessions().size(); i++) {
			var s = report.satisfaction().get(i);
			satisfaction.add(List.of(Cell.text(report.sessions().get(i).title()), Cell.number(s.responses()),
					Cell.number(bd(s.overall(), 2), NumberStyle.DECIMAL), Cell.number(bd(s.usefulness(), 2), NumberStyle.DECIMAL),
					Cell.number(bd(s.trainer(), 2), NumberStyle.DECIMAL)));
		}
		doc.add(Table.simple("ความพึงพอใจรายช่วง (คะแนนเต็ม 5)", List.of(Column.left(5), Column.right(1.5),
				Column.right(1.5), Column.right(1.5), Column.right(1.5)),
				List.of("ช่วงการอบรม", "ผู้ตอบ", "โดยรวม", "ประโยชน์", "วิทยากร"), satisfaction));

		doc.landscape().heading(1, "รายชื่อผู้ได้รับวุฒิบัตร");
		List<List<Cell>> certified = new ArrayList<>();
		int n = 0;
		for (var line : report.trainees()) {
			if (line.eligible()) {
				certified.add(List.of(Cell.number(++n), Cell.text(line.trainee().fullName()),
						Cell.text(line.trainee().organisation()), Cell.text(SECTORS.get(line.trainee().sector())),
						Cell.text(line.certificateCode() == null ? "ยังไม่ได้ดาวน์โหลด" : line.certificateCode())));
			}
		}
		doc.add(Table.simple("ผู้ได้รับวุฒิบัตร", List.of(Column.right(0.8), Column.left(4), Column.left(5),
				Column.left(3), Column.left(2.5)), List.of("ลำดับ", "ชื่อ-นามสกุล", "หน่วยงาน", "ภาคส่วน", "รหัสวุฒิบัตร"),
				certified));
		return doc.build();
	}

	/** Trainees per score band (0–20 %, ... 80–100 %), pre and post. */
	static List<BarChart.Bar> scoreBands(CohortReport report) {
		String[] labels = { "0–20%", "21–40%", "41–60%", "61–80%", "81–100%" };
		double[][] counts = new double[5][2];
		for (var line : report.trainees()) {
			if (line.pre() != null) {
				counts[band(line.pre().percent())][0]++;
			}
			if (line.post() != null) {
				counts[band(line.post().percent())][1]++;
			}
		}
		List<BarChart.Bar> bars = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			bars.add(new BarChart.Bar(labels[i], List.of(counts[i][0], counts[i][1])));
		}
		return bars;
	}

	private static int band(double percent) {
		return percent <= 20 ? 0 : percent <= 40 ? 1 : percent <= 60 ? 2 : percent <= 80 ? 3 : 4;
	}

	static OptionalDouble averageAttendance(CohortReport report) {
		return report.trainees().stream().mapToDouble(CohortReport.TraineeLine::attendancePercent).average();
	}

	private static String percent(OptionalDouble value) {
		return value.isPresent() ? "ร้อยละ " + bd(value.getAsDouble(), 1).toPlainString() : "(ยังไม่มีข้อมูล)";
	}

	private static String decimal(OptionalDouble value) {
		return value.isPresent() ? bd(value.getAsDouble(), 2).toPlainString() : "(ยังไม่มีข้อมูล)";
	}

	private static Cell number(OptionalDouble value, int scale) {
		return value.isPresent()
				? Cell.number(bd(value.getAsDouble(), scale), NumberStyle.DECIMAL)
				: Cell.text("–");
	}

	static BigDecimal bd(double value, int scale) {
		return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
	}
}
