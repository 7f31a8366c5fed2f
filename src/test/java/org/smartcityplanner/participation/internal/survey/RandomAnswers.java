package org.smartcityplanner.participation.internal.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.SurveyFixtures;

/** A random but valid answer form for {@link SurveyFixtures}' survey (the conditional question asked when due). */
public final class RandomAnswers {

	private RandomAnswers() {
	}

	public static org.smartcityplanner.participation.domain.survey.AnswerSheet.Raw of(SurveyFixtures fx, Random random) {
		Map<String, List<String>> form = new HashMap<>();
		int mode = 1 + random.nextInt(3);
		form.put(fx.q(0), List.of(String.valueOf(mode)));
		List<String> problems = new ArrayList<>();
		for (int o = 1; o <= 4; o++) {
			if (random.nextBoolean()) {
				problems.add(String.valueOf(o));
			}
		}
		if (!problems.isEmpty()) {
			form.put(fx.q(1), problems);
		}
		if (random.nextInt(5) > 0) {
			form.put(fx.q(2), List.of(String.valueOf(1 + random.nextInt(5))));
		}
		if (mode == 3 && random.nextBoolean()) {
			form.put(fx.q(3), List.of("ไม่มีรถผ่านหมู่บ้าน " + random.nextInt(100)));
		}
		if (random.nextInt(4) > 0) {
			List<Integer> ranks = new ArrayList<>(List.of(1, 2, 3));
			Collections.shuffle(ranks, random);
			for (int o = 0; o < 3; o++) {
				form.put(fx.q(4) + "_" + (o + 1), List.of(String.valueOf(ranks.get(o))));
			}
		}
		if (random.nextInt(4) > 0) {
			form.put(fx.q(5), List.of(String.valueOf(random.nextInt(601))));
		}
		if (random.nextBoolean()) {
			form.put(fx.q(6), List.of("ข้อเสนอ " + random.nextInt(1000)));
		}
		int place = random.nextInt(fx.areas.size() + 2);
		if (place < fx.areas.size()) {
			form.put(fx.q(7), List.of(String.valueOf(fx.areas.get(place))));
		}
		else if (place == fx.areas.size()) {
			form.put(fx.q(7), List.of("other"));
		}
		int sector = random.nextInt(Sector.values().length + 1);
		form.put("sector", List.of(sector == Sector.values().length ? "GENERAL_PUBLIC" : Sector.values()[sector].name()));
		return new org.smartcityplanner.participation.domain.survey.AnswerSheet.Raw(form);
	}
}
