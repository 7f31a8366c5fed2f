package org.smartcityplanner.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.Baht;

/**
 * English amounts in words: known values written by hand, and for 20,000 random amounts a round trip through an
 * independent reader of English number words (which adds up the words instead of splitting digits).
 */
class EnglishBahtTextTests {

	@Test
	void writesKnownAmountsAsChequesDo() {
		assertThat(EnglishBahtText.of(Baht.of(815_200_000))).isEqualTo("Eight hundred fifteen million two hundred thousand baht");
		assertThat(EnglishBahtText.of(new Baht(2_125))).isEqualTo("Twenty-one baht and twenty-five satang");
		assertThat(EnglishBahtText.of(Baht.of(1_000_001))).isEqualTo("One million one baht");
		assertThat(EnglishBahtText.of(new Baht(50))).isEqualTo("Fifty satang");
		assertThat(EnglishBahtText.of(Baht.ZERO)).isEqualTo("Zero baht");
		assertThat(EnglishBahtText.of(Baht.of(-1_100))).isEqualTo("Minus one thousand one hundred baht");
	}

	@Test
	void randomAmountsReadBackToTheSameNumber() {
		Random random = new Random(12);
		for (int i = 0; i < 20_000; i++) {
			long number = Math.abs(random.nextLong() % 1_000_000_000_000_000L) >> random.nextInt(50);
			assertThat(read(EnglishBahtText.words(number))).as(String.valueOf(number)).isEqualTo(number);
		}
	}

	private static final Map<String, Long> SMALL = Map.ofEntries(Map.entry("zero", 0L), Map.entry("one", 1L),
			Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
			Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L),
			Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L),
			Map.entry("fourteen", 14L), Map.entry("fifteen", 15L), Map.entry("sixteen", 16L),
			Map.entry("seventeen", 17L), Map.entry("eighteen", 18L), Map.entry("nineteen", 19L),
			Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L),
			Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L));
	private static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L, "billion",
			1_000_000_000L, "trillion", 1_000_000_000_000L, "quadrillion", 1_000_000_000_000_000L);

	/** Reads words back: small words add up, "hundred" multiplies the group, a scale word closes the group. */
	static long read(String words) {
		long total = 0;
		long group = 0;
		for (String word : words.replace('-', ' ').split(" ")) {
			if (SMALL.containsKey(word)) {
				group += SMALL.get(word);
			}
			else if (word.equals("hundred")) {
				group *= 100;
			}
			else {
				total += group * SCALES.get(word);
				group = 0;
			}
		}
		return total + group;
	}
}
