package org.smartcityplanner.training.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.SurveyAnswers;
import org.smartcityplanner.training.TrainingFixtures;
import org.smartcityplanner.training.internal.AssessmentUseCases;
import org.smartcityplanner.training.internal.AttendanceUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The training report's DOCX read back against figures worked out here from what was stored: shares printed with
 * the one decimal they are rounded to (66.7, not 66.70), the cohort named once ("รุ่นที่ …", not "รุ่น รุ่นที่ …"),
 * and each satisfaction column equal to the database's own average of that column of the stored answers.
 */
class TrainingReportReadBackTests extends WebTestSupport {

	private static final ProvinceCode CHAINAT = new ProvinceCode("TH-18");

	@Autowired
	CohortUseCases cohorts;
	@Autowired
	RegistrationUseCases registrations;
	@Autowired
	AttendanceUseCases attendance;
	@Autowired
	AssessmentUseCases assessment;

	@Test
	void printsSharesWithTheirOneDecimalNamesTheCohortOnceAndAveragesEachRatingColumnFromTheStoredAnswers()
			throws Exception {
		TrainingFixtures fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
		Cohort cohort = fixtures.cohort(CHAINAT, "รุ่นที่ 2/2570 อ่านรายงานกลับ");
		long session = fixtures.openSession(cohort);
		String first = fixtures.register(cohort, 5);
		String second = fixtures.register(cohort, 6);
		fixtures.register(cohort, 7);
		for (String token : List.of(first, second)) {
			mvc.perform(post(attendance.checkInPath(CHAINAT, session)).cookie(new Cookie("scp_trainee", token))
				.with(csrf())).andExpect(status().isOk());
		}
		// ratings chosen so that no column equals another, nor another plus one
		assessment.submitSurvey(first, session, new SurveyAnswers("5", "4", "2", ""));
		assessment.submitSurvey(second, session, new SurveyAnswers("3", "5", "3", "ได้ความรู้"));
		jdbc.sql("insert into trn_test_attempt (cohort_id, trainee_id, kind, score, max_score, answers, submitted_at) "
				+ "select cohort_id, id, 'PRE', 7, 12, '', current_timestamp from trn_trainee where cohort_id = ?")
			.param(cohort.id()).update();
		jdbc.sql("insert into trn_test_attempt (cohort_id, trainee_id, kind, score, max_score, answers, submitted_at) "
				+ "select cohort_id, id, 'POST', 11, 12, '', current_timestamp from trn_trainee where cohort_id = ?")
			.param(cohort.id()).update();
		Cookie coordinator = signedIn("training.readback", Role.COORDINATOR, CHAINAT);

		byte[] docx = mvc.perform(get("/p/TH-18/training/" + cohort.id() + "/report.docx").cookie(coordinator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		java.nio.file.Files.createDirectories(TrainingDocumentsWebTests.OUT);
		java.nio.file.Files.write(TrainingDocumentsWebTests.OUT.resolve("report-readback.docx"), docx);

		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			String text = extractor.getText();
			assertThat(text).contains("รุ่นที่ 2/2570 อ่านรายงานกลับ จังหวัดชัยนาท").doesNotContain("รุ่น รุ่น");
			// 2 of 3 trainees came to the one session: 66.666… %, printed as rounded
			assertThat(text).contains("อัตราการเข้าอบรมเฉลี่ย ร้อยละ 66.7", "ก่อนอบรม ร้อยละ 58.3", "หลังอบรม ร้อยละ 91.7");
			assertThat(row(doc, "ผู้เข้าอบรม (คน)", 1)).endsWith("2", "66.7");
			assertThat(row(doc, "จำนวน (คน)", 1)).containsExactly("ภาครัฐ", "3", "100.0");
			assertThat(row(doc, "ค่า", 1)).containsExactly("คะแนนเฉลี่ยก่อนอบรม (ร้อยละ)", "58.3");
			assertThat(row(doc, "ค่า", 2)).containsExactly("คะแนนเฉลี่ยหลังอบรม (ร้อยละ)", "91.7");

			List<String> satisfaction = row(doc, "วิทยากร", 1);
			List<String> stored = storedAverages(session);
			assertThat(satisfaction.subList(1, 5)).containsExactly("2", stored.get(0), stored.get(1), stored.get(2));
			assertThat(stored).containsExactly("4.00", "4.50", "2.50");
		}
	}

	/** The database's own averages of the stored answers, column by column, rounded to two decimals. */
	private List<String> storedAverages(long session) {
		return jdbc.sql("select avg(overall * 1.0), avg(usefulness * 1.0), avg(trainer * 1.0) "
				+ "from trn_survey_response where session_id = ?").param(session)
			.query((rs, n) -> List.of(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3))).single()
			.stream().map(average -> average.setScale(2, RoundingMode.HALF_UP).toPlainString()).toList();
	}

	/** The cells of row {@code index} (0 is the header) of the first table whose header names {@code column}. */
	static List<String> row(XWPFDocument doc, String column, int index) {
		for (XWPFTable table : doc.getTables()) {
			List<String> header = cells(table.getRow(0));
			if (header.contains(column)) {
				return cells(table.getRow(index));
			}
		}
		throw new AssertionError("No table with column " + column);
	}

	static List<String> cells(XWPFTableRow row) {
		List<String> cells = new ArrayList<>();
		for (XWPFTableCell cell : row.getTableCells()) {
			cells.add(cell.getText().strip());
		}
		return cells;
	}

}
