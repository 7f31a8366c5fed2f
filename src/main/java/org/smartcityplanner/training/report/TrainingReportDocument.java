package org.smartcityplanner.training.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.Part.Table.Column;
import org.smartcityplanner.publication.Publication;
import org.smartcityplanner.publication.PublicationDates;
import org.smartcityplanner.publication.TitlePage;
import org.smartcityplanner.publication.Value;
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
	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private TrainingReportDocument() {
	}

	static Publication of(CohortReport report, String provinceName, Instant now) {
		var cohort = report.cohort();
		int trainees = report.trainees().size();
		String title = "รายงานผลการอบรมพัฒนาศักยภาพด้านเมืองอัจฉริยะ";
		var doc = Publication.thai(title + " " + cohort.name(), now)
			.property("cohort-id", String.valueOf(cohort.id()))
			.property("province", cohort.province().value())
			.titlePage(new TitlePage(title, cohort.name(), List.of("จังหวัด" + provinceName,
					PublicationDates.full(cohort.startDate()) + " – " + PublicationDates.full(cohort.endDate())),
					List.of("จัดทำเมื่อ " + PublicationDates.full(now.atZone(BANGKOK).toLocalDate()))));

		doc.heading(1, "สรุปผลการอบรม")
			.paragraph(CohortNames.asSubject(cohort.name()) + " จังหวัด" + provinceName + " มีผู้ลงทะเบียน " + trainees + " คน (ขั้นต่ำ "
					+ cohort.minParticipants() + " คน รับได้ " + cohort.capacity() + " คน) จัดการอบรม "
					+ report.sessions().size() + " ช่วง อัตราการเข้าอบรมเฉลี่ย " + percent(averageAttendance(report))
					+ " คะแนนเฉลี่ยก่อนอบรม " + percent(report.preAverage()) + " หลังอบรม " + percent(report.postAverage())
					+ " ความก้าวหน้าทางการเรียนของรุ่น (normalised gain) " + decimal(report.cohortGain())
					+ " และมีผู้ได้รับวุฒิบัตร " + report.certifiedCount() + " คน")
			.paragraph("เกณฑ์การรับวุฒิบัตร: เข้าอบรมอย่างน้อยร้อยละ " + cohort.minAttendancePercent()
					+ " ของช่วงการอบรม และได้คะแนนแบบทดสอบหลังอบรมอย่างน้อยร้อยละ " + cohort.passPercent());

		doc.heading(1, "การเข้าอบรม");
		List<List<Value>> rows = new ArrayList<>();
		List<String> sessionTitles = new ArrayList<>();
		List<BigDecimal> shares = new ArrayList<>();
		for (TrainingSession session : report.sessions()) {
			int present = report.sessionAttendance().getOrDefault(session.id(), 0);
			BigDecimal share = bd(report.attendancePercent(session.id()), 1);
			rows.add(List.of(Value.text(PublicationDates.abbreviated(session.startsAt().atZone(BANGKOK).toLocalDate())),
					Value.text(session.title()), Value.whole(present), Value.oneDecimal(share)));
			sessionTitles.add(session.title());
			shares.add(share);
		}
		doc.add(new Part.Table("การเข้าอบรมรายช่วง", List.of(Column.text("วันที่", 2), Column.text("ช่วงการอบรม", 6),
				Column.number("ผู้เข้าอบรม (คน)", 1.5), Column.number("ร้อยละ", 1.5)), rows));
		if (!sessionTitles.isEmpty()) {
			doc.add(chart("ร้อยละผู้เข้าอบรมในแต่ละช่วง", sessionTitles, List.of(
					new Part.Chart.Series("ร้อยละผู้เข้าอบรม", shares)), HUNDRED, "%"));
		}

		doc.heading(1, "สัดส่วนผู้เข้าอบรมตามภาคส่วน");
		List<List<Value>> mixRows = new ArrayList<>();
		List<String> sectorNames = new ArrayList<>();
		List<BigDecimal> counts = new ArrayList<>();
		for (var entry : report.sectorMix().entrySet()) {
			double share = trainees == 0 ? 0 : entry.getValue() * 100.0 / trainees;
			mixRows.add(List.of(Value.text(SECTORS.get(entry.getKey())), Value.whole(entry.getValue()),
					Value.oneDecimal(bd(share, 1))));
			sectorNames.add(SECTORS.get(entry.getKey()));
			counts.add(BigDecimal.valueOf(entry.getValue()));
		}
		doc.add(new Part.Table("ผู้เข้าอบรมตามภาคส่วน", List.of(Column.text("ภาคส่วน", 5),
				Column.number("จำนวน (คน)", 2), Column.number("ร้อยละ", 2)), mixRows));
		doc.add(chart("ผู้เข้าอบรมตามภาคส่วน", sectorNames, List.of(new Part.Chart.Series("จำนวนผู้เข้าอบรม", counts)),
				BigDecimal.valueOf(Math.max(1, trainees)), ""));

		doc.heading(1, "ผลการทดสอบก่อนและหลังอบรม")
			.paragraph("ความก้าวหน้าทางการเรียนคำนวณแบบ normalised gain: g = (คะแนนหลัง − คะแนนก่อน) ÷ (100 − คะแนนก่อน) "
					+ "จากคะแนนเฉลี่ยร้อยละของผู้ที่ทำแบบทดสอบทั้งสองครั้ง ต่ำกว่า 0.3 ถือว่าต่ำ 0.3–0.7 ปานกลาง และตั้งแต่ 0.7 ขึ้นไปสูง");
		doc.add(new Part.Table("ผลการทดสอบของรุ่น", List.of(Column.text("รายการ", 6), Column.number("ค่า", 2)),
				List.of(List.of(Value.text("คะแนนเฉลี่ยก่อนอบรม (ร้อยละ)"), number(report.preAverage(), 1)),
						List.of(Value.text("คะแนนเฉลี่ยหลังอบรม (ร้อยละ)"), number(report.postAverage(), 1)),
						List.of(Value.text("ความก้าวหน้าทางการเรียนของรุ่น (g)"), number(report.cohortGain(), 2)))));
		doc.add(chart("จำนวนผู้เข้าอบรมตามช่วงคะแนน ก่อนและหลังอบรม", ScoreBands.LABELS, ScoreBands.of(report),
				BigDecimal.valueOf(Math.max(1, trainees)), ""));

		doc.heading(1, "ความพึงพอใจ");
		List<List<Value>> satisfaction = new ArrayList<>();
		for (int i = 0; i < report.sessions().size(); i++) {
			var s = report.satisfaction().get(i);
			satisfaction.add(List.of(Value.text(report.sessions().get(i).title()), Value.whole(s.responses()),
					Value.decimal(bd(s.overall(), 2)), Value.decimal(bd(s.usefulness(), 2)),
					Value.decimal(bd(s.trainer(), 2))));
		}
		doc.add(new Part.Table("ความพึงพอใจรายช่วง (คะแนนเต็ม 5)", List.of(Column.text("ช่วงการอบรม", 5),
				Column.number("ผู้ตอบ", 1.5), Column.number("โดยรวม", 1.5), Column.number("ประโยชน์", 1.5),
				Column.number("วิทยากร", 1.5)), satisfaction));

		doc.landscape().heading(1, "รายชื่อผู้ได้รับวุฒิบัตร");
		List<List<Value>> certified = new ArrayList<>();
		int n = 0;
		for (var line : report.trainees()) {
			if (line.eligible()) {
				certified.add(List.of(Value.whole(++n), Value.text(line.trainee().fullName()),
						Value.text(line.trainee().organisation()), Value.text(SECTORS.get(line.trainee().sector())),
						Value.text(line.certificateCode() == null ? "ยังไม่ได้ดาวน์โหลด" : line.certificateCode())));
			}
		}
		doc.add(new Part.Table("ผู้ได้รับวุฒิบัตร", List.of(Column.number("ลำดับ", 0.8), Column.text("ชื่อ-นามสกุล", 4),
				Column.text("หน่วยงาน", 5), Column.text("ภาคส่วน", 3), Column.text("รหัสวุฒิบัตร", 2.5)), certified));
		return doc.build();
	}

	static Part.Chart chart(String caption, List<String> labels, List<Part.Chart.Series> series, BigDecimal max,
			String unit) {
		return new Part.Chart(caption, labels, series, true, max, unit);
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

	/** The value rounded to {@code scale} (1 or 2) decimals and printed with that many; "–" when there is none. */
	static Value number(OptionalDouble value, int scale) {
		if (value.isEmpty()) {
			return Value.text("–");
		}
		BigDecimal rounded = bd(value.getAsDouble(), scale);
		return scale == 1 ? Value.oneDecimal(rounded) : Value.decimal(rounded);
	}

	static BigDecimal bd(double value, int scale) {
		return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
	}
}
