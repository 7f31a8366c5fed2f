package org.smartcityplanner.participation.domain.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.domain.idea.SimilarIdeas.Candidate;
import org.smartcityplanner.participation.domain.idea.SimilarIdeas.Match;

class SimilarIdeasTests {

	private static final List<Candidate> PROVINCE = List.of(
			idea(1, "ไฟส่องสว่างถนนหน้าโรงเรียน", "ถนนหน้าโรงเรียนมืดมากตอนกลางคืน เด็กกลับบ้านไม่ปลอดภัย"),
			idea(2, "ติดตั้งกล้องวงจรปิดที่สี่แยกตลาด", "มีอุบัติเหตุบ่อยที่สี่แยก อยากให้มีกล้องวงจรปิดดูเหตุการณ์"),
			idea(3, "ถังขยะแยกประเภทในชุมชน", "ชุมชนควรมีถังขยะแยกประเภทและจุดรับขยะรีไซเคิล"),
			idea(4, "รถโดยสารประจำทางไปโรงพยาบาล", "ผู้สูงอายุเดินทางไปโรงพยาบาลลำบาก ควรมีรถโดยสารประจำทาง"),
			idea(5, "ซ่อมถนนลูกรังในหมู่บ้าน", "ถนนเป็นหลุมเป็นบ่อ ฝนตกแล้วเดินทางลำบาก"));

	@Test
	void findsTheIdeaThatAsksForTheSameThingInOtherWords() {
		List<Match> matches = SimilarIdeas.rank(SimilarIdeas.words("ขอไฟถนนหน้าโรงเรียนวัดใหม่",
				"กลางคืนมืด เด็กนักเรียนเดินกลับบ้านอันตราย"), PROVINCE, SimilarIdeas.SHOWN);

		assertThat(matches).extracting(Match::id).first().isEqualTo(1L);
		assertThat(matches).extracting(Match::id).doesNotContain(2L, 3L);
	}

	@Test
	void aRareSharedWordOutweighsACommonOne() {
		// "ถนน" is in two ideas, "วงจรปิด" in one: a camera request is closer to the camera idea than to the roads
		List<Match> matches = SimilarIdeas.rank(SimilarIdeas.words("กล้องวงจรปิดบนถนน", ""), PROVINCE, 5);

		assertThat(matches).extracting(Match::id).first().isEqualTo(2L);
	}

	@Test
	void unrelatedIdeasAndRequestWordsAloneFindNothing() {
		assertThat(SimilarIdeas.rank(SimilarIdeas.words("ปลูกต้นไม้ริมคลอง", "อยากให้มีร่มเงา"), PROVINCE, 5))
			.isEmpty();
		// only the words every request has ("อยากให้มี…", "ควร…"): no meaning to compare
		assertThat(SimilarIdeas.words("อยากให้มี", "ควรมีมากๆ")).isEmpty();
		assertThat(SimilarIdeas.rank(SimilarIdeas.words("อยากให้มี", ""), PROVINCE, 5)).isEmpty();
	}

	@Test
	void theSameTextIsAPerfectMatchAndTheLimitHolds() {
		Candidate same = PROVINCE.get(2);
		List<Match> matches = SimilarIdeas.rank(same.words(), PROVINCE, 1);

		assertThat(matches).singleElement().satisfies(m -> {
			assertThat(m.id()).isEqualTo(3L);
			assertThat(m.score()).isCloseTo(1.0, within(1e-9));
		});
	}

	@Test
	void titleWordsCountTwice() {
		assertThat(SimilarIdeas.words("ขยะ", "ขยะ ชุมชน")).containsEntry("ขยะ", 3).containsEntry("ชุมชน", 1);
	}

	/**
	 * Second method: dense TF-IDF vectors over the whole vocabulary, every candidate scored and the full list
	 * sorted, compared with the ranking on random small sets of Thai words.
	 */
	@Test
	void agreesWithABruteForceRankingOnRandomSmallSets() {
		String[] pool = { "ถนน", "ไฟ", "โรงเรียน", "ขยะ", "ชุมชน", "กล้อง", "ตลาด", "น้ำ", "ประปา", "รถ", "สวน",
				"สาธารณะ", "ผู้สูงอายุ", "ทางเท้า", "คลอง" };
		Random random = new Random(14);
		for (int round = 0; round < 300; round++) {
			List<Candidate> candidates = new ArrayList<>();
			int size = 1 + random.nextInt(8);
			for (int i = 0; i < size; i++) {
				candidates.add(idea(i + 1, sentence(pool, random), sentence(pool, random)));
			}
			Map<String, Integer> query = SimilarIdeas.words(sentence(pool, random), sentence(pool, random));
			int limit = 1 + random.nextInt(5);

			List<Match> expected = bruteForce(query, candidates, limit);
			List<Match> actual = SimilarIdeas.rank(query, candidates, limit);

			assertThat(actual).extracting(Match::id).as("round %d", round)
				.containsExactlyElementsOf(expected.stream().map(Match::id).toList());
			for (int i = 0; i < actual.size(); i++) {
				assertThat(actual.get(i).score()).isCloseTo(expected.get(i).score(), within(1e-9));
			}
		}
	}

	private static List<Match> bruteForce(Map<String, Integer> query, List<Candidate> candidates, int limit) {
		TreeSet<String> vocabulary = new TreeSet<>(query.keySet());
		candidates.forEach(c -> vocabulary.addAll(c.words().keySet()));
		List<String> words = new ArrayList<>(vocabulary);
		double[] idf = new double[words.size()];
		for (int w = 0; w < words.size(); w++) {
			String word = words.get(w);
			long df = candidates.stream().filter(c -> c.words().containsKey(word)).count();
			idf[w] = Math.log((candidates.size() + 1.0) / (df + 1.0)) + 1.0;
		}
		double[] q = dense(query, words, idf);
		List<Match> all = new ArrayList<>();
		for (Candidate c : candidates) {
			double[] v = dense(c.words(), words, idf);
			double dot = 0;
			double qq = 0;
			double vv = 0;
			for (int w = 0; w < words.size(); w++) {
				dot += q[w] * v[w];
				qq += q[w] * q[w];
				vv += v[w] * v[w];
			}
			if (qq > 0 && vv > 0) {
				all.add(new Match(c.id(), dot / Math.sqrt(qq * vv)));
			}
		}
		return all.stream().filter(m -> m.score() >= SimilarIdeas.MIN_SCORE)
			.sorted(Comparator.comparingDouble(Match::score).reversed().thenComparingLong(Match::id))
			.limit(limit).toList();
	}

	private static double[] dense(Map<String, Integer> counts, List<String> words, double[] idf) {
		double[] vector = new double[words.size()];
		for (int w = 0; w < words.size(); w++) {
			vector[w] = counts.getOrDefault(words.get(w), 0) * idf[w];
		}
		return vector;
	}

	private static String sentence(String[] pool, Random random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(5);
		for (int i = 0; i < length; i++) {
			text.append(pool[random.nextInt(pool.length)]).append(' ');
		}
		return text.toString();
	}

	private static Candidate idea(long id, String title, String description) {
		return new Candidate(id, SimilarIdeas.words(title, description));
	}
}
