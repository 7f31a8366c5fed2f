package org.smartcityplanner.participation;

import java.util.List;

import org.smartcityplanner.participation.domain.survey.QuestionDraft;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * A survey with one question of every kind (a conditional one too) in a province of the test's own, with two
 * target areas. Question ids are kept in the order they were added: choice, multiple, likert, conditional text,
 * ranking, number, text, map.
 */
public final class SurveyFixtures {

	public final ProvinceCode province;
	public final Survey survey;
	public final List<Long> questions;
	public final List<Long> areas;

	private SurveyFixtures(ProvinceCode province, Survey survey, List<Long> questions, List<Long> areas) {
		this.province = province;
		this.survey = survey;
		this.questions = questions;
		this.areas = areas;
	}

	/** A published survey of every kind of question in the province (areas created once per province). */
	public static SurveyFixtures published(SurveyUseCases surveys, ProfileUseCases profile, ProvinceCode province,
			String title, boolean paperCheck) {
		List<Long> areas = profile.areasOf(province).stream().map(TargetAreaView::id).toList();
		if (areas.isEmpty()) {
			areas = List.of(
					profile.addArea(province, new LocalizedText("เขตเมืองเก่า", "Old town"), AreaType.OLD_TOWN, 20000, null).id(),
					profile.addArea(province, new LocalizedText("เขตเศรษฐกิจใหม่", "New economic zone"), AreaType.NEW_TOWN, 8000, null).id());
		}
		Survey survey = surveys.create(province, title, "แบบสำรวจทดสอบ", paperCheck);
		long id = survey.id();
		java.util.List<Long> q = new java.util.ArrayList<>();
		q.add(add(surveys, province, id, new QuestionDraft("SINGLE_CHOICE", "ใช้รถโดยสารประจำทางหรือไม่", "", true,
				List.of("ใช้ทุกวัน", "ใช้บางครั้ง", "ไม่ใช้"), "", "", null, null)));
		q.add(add(surveys, province, id, new QuestionDraft("MULTIPLE_CHOICE", "ปัญหาที่พบ", "", false,
				List.of("น้ำท่วม", "รถติด", "ฝุ่น PM2.5", "ขยะ"), "", "", null, null)));
		q.add(add(surveys, province, id, new QuestionDraft("LIKERT", "เมืองปลอดภัยในเวลากลางคืน", "", false, List.of(),
				"", "", null, null)));
		q.add(add(surveys, province, id, new QuestionDraft("TEXT", "ทำไมไม่ใช้รถโดยสาร", "", false, List.of(), "", "",
				q.get(0), 3)));
		q.add(add(surveys, province, id, new QuestionDraft("RANKING", "เรียงลำดับความสำคัญ", "", false,
				List.of("ขนส่ง", "สิ่งแวดล้อม", "สุขภาพ"), "", "", null, null)));
		q.add(add(surveys, province, id, new QuestionDraft("NUMBER", "เดินทางกี่นาทีต่อวัน", "", false, List.of(), "0",
				"600", null, null)));
		q.add(add(surveys, province, id, new QuestionDraft("TEXT", "ข้อเสนอแนะ", "", false, List.of(), "", "", null,
				null)));
		q.add(add(surveys, province, id, new QuestionDraft("MAP", "พื้นที่ที่ควรพัฒนาก่อน", "", false, List.of(), "", "",
				null, null)));
		surveys.publish(province, id, surveys.survey(province, id).version());
		return new SurveyFixtures(province, surveys.survey(province, id), List.copyOf(q), areas);
	}

	private static long add(SurveyUseCases surveys, ProvinceCode province, long surveyId, QuestionDraft draft) {
		return surveys.addQuestion(province, surveyId, surveys.survey(province, surveyId).version(), draft);
	}

	/** The field name of question {@code n} (from 0, in the order above). */
	public String q(int n) {
		return "q" + questions.get(n);
	}
}
