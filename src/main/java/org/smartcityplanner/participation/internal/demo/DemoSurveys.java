package org.smartcityplanner.participation.internal.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.domain.survey.AnswerSheet;
import org.smartcityplanner.participation.domain.survey.QuestionDraft;
import org.smartcityplanner.participation.internal.survey.Submission;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo surveys' questions, and their fictional respondents sent through the real online and paper routes. */
final class DemoSurveys {

	private final SurveyUseCases surveys;
	private final JdbcClient jdbc;
	private final ProvinceCode province;
	private final List<Long> areas;
	private final Instant now;
	// a fixed seed: every demo database holds the same figures
	private final Random random = new Random(2569);

	DemoSurveys(SurveyUseCases surveys, JdbcClient jdbc, ProvinceCode province, List<Long> areas, Instant now) {
		this.surveys = surveys;
		this.jdbc = jdbc;
		this.province = province;
		this.areas = areas;
		this.now = now;
	}

	void cityNeedsSurvey() {
		Survey survey = surveys.createWithQuestions(province, "สำรวจความต้องการเมืองอัจฉริยะพิษณุโลก",
				"คณะทำงานขอความเห็นจากผู้อยู่อาศัยและผู้ทำงานในเมือง เพื่อใช้จัดลำดับโครงการในแผนพัฒนาเมืองอัจฉริยะ "
						+ "ใช้เวลาประมาณ 5 นาที ไม่ถามชื่อหรือข้อมูลติดต่อ",
				true, List.of(
						q("SINGLE_CHOICE", "ท่านเดินทางในเมืองด้วยวิธีใดเป็นหลัก", true, "รถยนต์ส่วนตัว", "รถจักรยานยนต์",
								"รถโดยสารประจำทางหรือรถสองแถว", "จักรยานหรือเดิน"),
						q("MULTIPLE_CHOICE", "ปัญหาที่ท่านพบบ่อยในเมือง (เลือกได้หลายข้อ)", false, "น้ำท่วมขังเมื่อฝนตกหนัก",
								"การจราจรติดขัดช่วงเช้าและเย็น", "ฝุ่น PM2.5 และการเผาในที่โล่ง", "ขยะและการคัดแยกขยะ",
								"ความปลอดภัยยามค่ำคืน"),
						q("LIKERT", "ท่านพอใจกับบริการรถโดยสารสาธารณะในเมือง", true),
						new QuestionDraft("TEXT", "อะไรจะทำให้ท่านหันมาใช้รถโดยสารสาธารณะแทนรถยนต์ส่วนตัว", "", false,
								List.of(), "", "", 1L, 1),
						q("RANKING", "จัดลำดับด้านที่จังหวัดควรลงทุนก่อน", false, "การเดินทางและขนส่งอัจฉริยะ",
								"สิ่งแวดล้อมอัจฉริยะ", "สุขภาพและการดำรงชีวิตอัจฉริยะ", "เศรษฐกิจและการท่องเที่ยวอัจฉริยะ"),
						new QuestionDraft("NUMBER", "ท่านใช้เวลาเดินทางไปทำงานหรือเรียนวันละกี่นาที (ไปและกลับ)", "", false,
								List.of(), "0", "300", null, null),
						q("MAP", "พื้นที่ใดควรได้รับการพัฒนาก่อน", true),
						q("LIKERT", "ข้อมูลข่าวสารจากหน่วยงานรัฐเข้าถึงได้ง่ายผ่านโทรศัพท์มือถือ", false),
						q("SINGLE_CHOICE", "ท่านยินดีใช้แอปพลิเคชันแจ้งเหตุและเรื่องร้องเรียนของจังหวัดหรือไม่", false, "ยินดี",
								"อาจจะ", "ไม่ยินดี"),
						q("MULTIPLE_CHOICE", "บริการออนไลน์ที่ท่านต้องการมากที่สุด", false, "จองคิวโรงพยาบาล",
								"ชำระภาษีท้องถิ่น", "แจ้งไฟถนนเสียหรือถนนชำรุด", "ติดตามตำแหน่งรถโดยสาร"),
						new QuestionDraft("NUMBER", "ค่าใช้จ่ายในการเดินทางต่อเดือนโดยประมาณ (บาท)", "", false, List.of(), "0",
								"20000", null, null),
						q("TEXT", "ข้อเสนอแนะอื่น ๆ ต่อการพัฒนาเมืองอัจฉริยะ", false)));
		surveys.publish(province, survey.id(), surveys.survey(province, survey.id()).version());
		survey = surveys.survey(province, survey.id());
		DemoRespondents people = new DemoRespondents(survey, areas, random);
		List<Long> paper = new ArrayList<>();
		for (int i = 0; i < 152; i++) {
			AnswerSheet.Raw raw = people.next();
			String key = "demo-needs-" + i + "-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
			// about a quarter came on paper questionnaires from community meetings
			Submission result = i % 4 == 3 ? surveys.submitPaper(province, survey.id(), key, raw)
					: surveys.submitOnline(survey.publicKey(), key, raw);
			if (!result.accepted()) {
				throw new IllegalStateException("demo response " + i + " refused: " + result.problems());
			}
			if (i % 4 == 3) {
				paper.add(responseId(survey.id(), key));
			}
			spreadOverDays(survey.id(), key, 28);
		}
		// the second-person check: all but the last few paper questionnaires were checked by the coordinator
		jdbc.sql("update par_survey_response set counted = true, checked_by = 'coordinator' where id in (:ids)")
			.param("ids", paper.subList(0, paper.size() - 4)).update();
	}

	void closedHearingSurvey() {
		Survey survey = surveys.createWithQuestions(province, "ประเมินเวทีรับฟังความคิดเห็น ครั้งที่ 1",
				"แบบประเมินหลังเวทีรับฟังความคิดเห็นเรื่องปัญหาและศักยภาพของเมือง ณ หอประชุมศาลากลางจังหวัด", false,
				List.of(q("LIKERT", "เวทีครั้งนี้เปิดโอกาสให้ท่านแสดงความคิดเห็นอย่างเพียงพอ", true),
						q("LIKERT", "ท่านเข้าใจเป้าหมายของแผนพัฒนาเมืองอัจฉริยะมากขึ้น", true),
						q("SINGLE_CHOICE", "ท่านทราบข่าวการจัดเวทีจากช่องทางใด", false, "หนังสือเชิญ", "เพจเฟซบุ๊กของจังหวัด",
								"ผู้นำชุมชน", "เพื่อนหรือคนรู้จัก"),
						q("TEXT", "สิ่งที่ควรปรับปรุงในเวทีครั้งต่อไป", false)));
		surveys.publish(province, survey.id(), surveys.survey(province, survey.id()).version());
		survey = surveys.survey(province, survey.id());
		DemoRespondents people = new DemoRespondents(survey, areas, random);
		for (int i = 0; i < 46; i++) {
			String key = "demo-hearing-" + i + "-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
			Submission result = surveys.submitPaper(province, survey.id(), key, people.next());
			if (!result.accepted()) {
				throw new IllegalStateException("demo hearing response " + i + " refused: " + result.problems());
			}
			jdbc.sql("update par_survey_response set submitted_at = ? where survey_id = ? and submission_key = ?")
				.params(org.smartcityplanner.shared.Utc.of(now.minus(Duration.ofDays(45))), survey.id(), key).update();
		}
		surveys.close(province, survey.id(), survey.version());
	}

	private long responseId(long surveyId, String key) {
		return jdbc.sql("select id from par_survey_response where survey_id = ? and submission_key = ?")
			.params(surveyId, key).query(Long.class).single();
	}

	private void spreadOverDays(long surveyId, String key, int days) {
		Instant at = now.minus(Duration.ofMinutes(random.nextInt(days * 24 * 60)));
		jdbc.sql("update par_survey_response set submitted_at = ? where survey_id = ? and submission_key = ?")
			.params(org.smartcityplanner.shared.Utc.of(at), surveyId, key).update();
	}

	private static QuestionDraft q(String kind, String text, boolean required, String... options) {
		return new QuestionDraft(kind, text, "", required, List.of(options), "", "", null, null);
	}
}
