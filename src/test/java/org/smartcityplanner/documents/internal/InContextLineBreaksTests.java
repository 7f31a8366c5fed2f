package org.smartcityplanner.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.ThaiWords;
import org.smartcityplanner.documents.ThaiWords.Place;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Marks go only where the line breaker needs them, judged on the text as marked: checked against ICU's own Thai
 * line breaker (the engine LibreOffice builds on) and against breakers that break everywhere or nowhere.
 */
class InContextLineBreaksTests {

	private static final ThaiWords WORDS = ThaiWords.get();

	private static final List<String> SENTENCES = List.of(
			"แผนแม่บทฉบับนี้เป็นกรอบการพัฒนาเมืองอัจฉริยะภายใต้ยุทธศาสตร์ชาติ โดยบูรณาการข้อมูลของหน่วยงาน",
			"ศูนย์กลางการค้าแห่งสี่แยกอินโดจีนและระเบียงเศรษฐกิจตะวันออก–ตะวันตก",
			"งบประมาณรวม ๑๖๘,๑๐๐,๐๐๐ บาท เชื่อมโยงระบบขนส่งสาธารณะ (PM2.5) ภายใต้โครงการ");

	@Test
	void noListedWordIsBrokenInsideAndEachMayBreakAtItsEdgesWithIcusLineBreaker() {
		InContextLineBreaks marker = new InContextLineBreaks(InContextLineBreaksTests::icuBreaks);
		for (String sentence : SENTENCES) {
			String marked = marker.apply(sentence);

			assertThat(ThaiWords.withoutLineBreaks(marked)).isEqualTo(sentence);
			assertNeitherBrokenNorGlued(sentence, marked);
			assertThat(marks(marked)).as("fewer marks than marking every word blindly: %s", sentence)
				.isLessThan(marks(WORDS.withLineBreaks(sentence)));
		}
	}

	@Test
	void aBreakerThatBreaksEverywhereGetsJoinersInsideTheWordsAndNoSpaces() {
		// never before a vowel or tone mark, which belongs to the letter before it, nor after a letter carrying one
		InContextLineBreaks marker = new InContextLineBreaks(
				text -> new HashSet<>(IntStream.range(1, text.length()).boxed().toList()));

		assertThat(marker.apply("โดยบูรณาการระบบ")).isEqualTo("โดยบูร\u2060ณ\u2060า\u2060ก\u2060า\u2060รระบบ");
	}

	@Test
	void aBreakerThatNeverBreaksGetsSpacesAroundTheWordsOnlyBetweenThaiLetters() {
		InContextLineBreaks marker = new InContextLineBreaks(text -> Set.of());

		assertThat(marker.apply("โดยบูรณาการระบบ (ภายใต้)")).isEqualTo("โดย\u200Bบูรณาการ\u200Bระบบ (ภายใต้)");
	}

	@Test
	void asksOncePerStretchBetweenWhiteSpaceAndLeavesTextWithoutListedWordsAlone() {
		List<String> asked = new ArrayList<>();
		InContextLineBreaks marker = new InContextLineBreaks(text -> {
			asked.add(ThaiWords.withoutLineBreaks(text));
			return icuBreaks(text);
		});
		String plain = "ค่าเฉลี่ย PM2.5 รายปี";

		assertThat(marker.apply(plain)).isSameAs(plain);
		marker.apply("โดยบูรณาการระบบ รายปี");
		marker.apply("รายปี โดยบูรณาการระบบ");

		assertThat(asked).isNotEmpty().allMatch("โดยบูรณาการระบบ"::equals);
		assertThat(new HashSet<>(asked)).hasSize(1);
		assertThat(asked.size()).as("asked again only while marks were added").isLessThanOrEqualTo(3);
	}

	/** Every listed word: no break inside except where no joiner may go, a break at each edge between Thai letters. */
	private static void assertNeitherBrokenNorGlued(String text, String marked) {
		// the breaks of the marked text as places in the text; a break beside a mark is at the mark's place
		Set<Integer> breaks = new HashSet<>();
		int letters = 0;
		Set<Integer> raw = icuBreaks(marked);
		for (int i = 0; i < marked.length(); i++) {
			char c = marked.charAt(i);
			if (raw.contains(i)) {
				breaks.add(letters);
			}
			if (c != ThaiWords.BREAK && c != ThaiWords.JOIN) {
				letters++;
			}
		}
		for (Place place : WORDS.listedIn(text)) {
			String word = text.substring(place.start(), place.end());
			for (int p = place.start() + 1; p < place.end(); p++) {
				assertThat(breaks.contains(p) && ThaiWords.mayJoinAt(text, p)).as("%s broken at %d in %s", word, p,
						marked).isFalse();
			}
			for (int edge : new int[] { place.start(), place.end() }) {
				if (edge > 0 && edge < text.length() && ThaiWords.isThai(text.charAt(edge - 1))
						&& ThaiWords.isThai(text.charAt(edge))) {
					assertThat(breaks).as("a break before or after %s in %s", word, marked).contains(edge);
				}
			}
		}
	}

	private static Set<Integer> icuBreaks(String text) {
		BreakIterator lines = BreakIterator.getLineInstance(ULocale.forLanguageTag("th"));
		lines.setText(text);
		Set<Integer> breaks = new HashSet<>();
		for (int p = lines.next(); p != BreakIterator.DONE && p < text.length(); p = lines.next()) {
			breaks.add(p);
		}
		return breaks;
	}

	private static long marks(String text) {
		return text.chars().filter(c -> c == ThaiWords.BREAK || c == ThaiWords.JOIN).count();
	}
}
