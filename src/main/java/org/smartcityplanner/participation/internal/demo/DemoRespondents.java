package org.smartcityplanner.participation.internal.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.domain.survey.AnswerSheet;
import org.smartcityplanner.participation.domain.survey.Question;

/**
 * Fictional respondents answering any survey the way people tend to: most choose the first options a little
 * more often, sectors lean differently (so the cross-tabs show something), some skip optional questions, and a
 * few write suggestions. Every answer is a raw form like the public page sends.
 */
final class DemoRespondents {

	// the general public answers most; each sector is present
	private static final String[] SECTORS = { "GENERAL_PUBLIC", "GENERAL_PUBLIC", "GENERAL_PUBLIC", "GENERAL_PUBLIC",
			"GENERAL_PUBLIC", "GENERAL_PUBLIC", "GENERAL_PUBLIC", "CIVIL_SOCIETY", "CIVIL_SOCIETY", "CIVIL_SOCIETY",
			"LOCAL_GOVERNMENT", "LOCAL_GOVERNMENT", "PRIVATE", "PRIVATE", "PRIVATE", "ACADEMIA", "ACADEMIA",
			"PROVINCIAL_ADMINISTRATION", "PROVINCIAL_ADMINISTRATION", "CENTRAL_AGENCY" };
	private static final List<String> SUGGESTIONS = List.of(
			"อยากให้มีรถโดยสารวิ่งเป็นเวลา และบอกเวลาที่รถจะมาถึงผ่านมือถือ",
			"ควรแก้ปัญหาน้ำท่วมขังหน้าตลาดก่อน เพราะฝนตกทีไรรถติดทั้งถนน",
			"ขอทางเดินเท้าที่ร่มและปลอดภัยสำหรับผู้สูงอายุและนักเรียน",
			"อยากให้มีจุดคัดแยกขยะในชุมชน และรับซื้อขยะรีไซเคิล",
			"ไฟถนนหลายจุดดับนาน อยากแจ้งผ่านแอปแล้วมีคนมาซ่อมจริง",
			"ส่งเสริมการท่องเที่ยวริมแม่น้ำน่านโดยให้ชุมชนมีส่วนได้ประโยชน์",
			"ควรเปิดข้อมูลคุณภาพอากาศรายวันให้ประชาชนดูได้",
			"รถโดยสารไม่ผ่านหมู่บ้าน ต้องให้ลูกหลานมาส่งทุกครั้ง",
			"อยากให้มีจุดจอดรถแล้วต่อรถโดยสารเข้าเมือง",
			"ค่าเดินทางสูงเกินไปเมื่อเทียบกับรายได้");

	private final Survey survey;
	private final List<Long> areas;
	private final Random random;

	DemoRespondents(Survey survey, List<Long> areas, Random random) {
		this.survey = survey;
		this.areas = areas;
		this.random = random;
	}

	AnswerSheet.Raw next() {
		Map<String, List<String>> form = new HashMap<>();
		String sector = SECTORS[random.nextInt(SECTORS.length)];
		int lean = sector.equals("GENERAL_PUBLIC") ? 0 : Sector.valueOf(sector).ordinal() % 3;
		String area = place();
		form.put("sector", List.of(sector));
		form.put("area", List.of(area));
		Map<Long, List<Integer>> chosen = new HashMap<>();
		for (Question q : survey.questions()) {
			if (q.condition() != null && !chosen.getOrDefault(q.condition().questionId(), List.of())
				.contains(q.condition().option())) {
				continue;
			}
			if (!q.required() && random.nextInt(10) == 0) {
				continue;
			}
			switch (q.kind()) {
				case SINGLE_CHOICE -> {
					int option = skewed(q.optionCount(), lean);
					chosen.put(q.id(), List.of(option));
					form.put(q.field(), List.of(String.valueOf(option + 1)));
				}
				case MULTIPLE_CHOICE -> {
					List<String> picks = new ArrayList<>();
					for (int i = 0; i < q.optionCount(); i++) {
						if (random.nextDouble() < 0.65 - 0.1 * ((i + lean) % q.optionCount())) {
							picks.add(String.valueOf(i + 1));
						}
					}
					if (!picks.isEmpty()) {
						form.put(q.field(), picks);
					}
				}
				case LIKERT -> {
					int point = Math.max(1, Math.min(5, (int) Math.round(3.2 + lean * 0.4 + random.nextGaussian())));
					chosen.put(q.id(), List.of(point - 1));
					form.put(q.field(), List.of(String.valueOf(point)));
				}
				case RANKING -> rank(q, lean, form);
				case NUMBER -> form.put(q.field(), List.of(number(q)));
				case TEXT -> {
					if (q.required() || q.condition() != null || random.nextInt(3) == 0) {
						form.put(q.field(), List.of(SUGGESTIONS.get(random.nextInt(SUGGESTIONS.size()))));
					}
				}
				case MAP -> form.put(q.field(), List.of(place()));
			}
		}
		return new AnswerSheet.Raw(form);
	}

	/** An option index leaning towards the first options, shifted by the respondent's sector. */
	private int skewed(int count, int lean) {
		double r = random.nextDouble();
		int index = (int) Math.floor(Math.pow(r, 1.6) * count);
		return (Math.min(index, count - 1) + (random.nextInt(4) == 0 ? lean : 0)) % count;
	}

	private void rank(Question q, int lean, Map<String, List<String>> form) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < q.optionCount(); i++) {
			order.add(i);
		}
		Collections.shuffle(order, random);
		// most people put the sector's own concern near the top
		order.remove(Integer.valueOf(lean % q.optionCount()));
		order.add(random.nextInt(2), lean % q.optionCount());
		for (int rank = 0; rank < order.size(); rank++) {
			form.put(q.field() + "_" + (order.get(rank) + 1), List.of(String.valueOf(rank + 1)));
		}
	}

	private String number(Question q) {
		BigDecimal min = q.min() == null ? BigDecimal.ZERO : q.min();
		BigDecimal max = q.max() == null ? BigDecimal.valueOf(1000) : q.max();
		double share = Math.pow(random.nextDouble(), 2.2) * 0.5;
		long value = min.longValue() + Math.round((max.longValue() - min.longValue()) * share);
		// people round: to 5 minutes, to 100 baht
		long step = max.longValue() > 1000 ? 100 : 5;
		return String.valueOf(Math.max(min.longValue(), value / step * step));
	}

	private String place() {
		int r = random.nextInt(100);
		if (areas.isEmpty() || r >= 85) {
			return "other";
		}
		return String.valueOf(areas.get(r < 50 || areas.size() == 1 ? 0 : 1 + (r % (areas.size() - 1))));
	}
}
