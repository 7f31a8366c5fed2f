package org.smartcityplanner.participation.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The codes on the sheet: no look-alike symbols, at least 40 random bits, every symbol equally likely (a χ² test
 * of 200,000 symbols), and what a citizen types made canonical or refused.
 */
class ParticipationCodesTests {

	@Test
	void theAlphabetHasNoLookAlikesAndThirtyTwoDistinctSymbols() {
		assertThat(ParticipationCodes.ALPHABET).doesNotContain("0", "O", "1", "I");
		assertThat(ParticipationCodes.ALPHABET.chars().distinct().count()).isEqualTo(32);
		// the entropy claimed is the entropy there is: length × log2(alphabet size)
		double bits = ParticipationCodes.LENGTH * Math.log(ParticipationCodes.ALPHABET.length()) / Math.log(2);
		assertThat(bits).isEqualTo(ParticipationCodes.BITS).isGreaterThanOrEqualTo(40);
	}

	@Test
	void codesUseOnlyTheAlphabetAndEverySymbolEquallyOften() {
		SecureRandom random = new SecureRandom();
		Map<Character, Integer> counts = new HashMap<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 20_000; i++) {
			String code = ParticipationCodes.generate(random);
			assertThat(code).hasSize(ParticipationCodes.LENGTH);
			codes.add(code);
			for (char c : code.toCharArray()) {
				assertThat(ParticipationCodes.ALPHABET.indexOf(c)).isNotNegative();
				counts.merge(c, 1, Integer::sum);
			}
		}
		assertThat(codes).as("no repeat among 20,000 of 2^50").hasSize(20_000);
		double expected = 200_000 / 32.0;
		double chiSquare = counts.values().stream().mapToDouble(n -> (n - expected) * (n - expected) / expected).sum();
		// 31 degrees of freedom: above 61.1 happens by chance once in a thousand runs
		assertThat(counts).hasSize(32);
		assertThat(chiSquare).isLessThan(61.1);
	}

	@Test
	void aTypedCodeIsMadeCanonicalOrRefused() {
		String code = ParticipationCodes.generate(new Random(7));
		String printed = ParticipationCodes.printed(code);
		assertThat(printed).hasSize(11).contains("-");
		assertThat(ParticipationCodes.normalise(printed)).contains(code);
		assertThat(ParticipationCodes.normalise(" " + printed.toLowerCase().replace("-", " ") + " ")).contains(code);
		assertThat(ParticipationCodes.normalise("ABCDE-FGHJ")).isEmpty();
		assertThat(ParticipationCodes.normalise("ABCDE-FGHJKL")).isEmpty();
		assertThat(ParticipationCodes.normalise("ABCDE-FGHJ0")).as("0 is not a symbol").isEmpty();
		assertThat(ParticipationCodes.normalise("ABCDE-FGHJI")).as("I is not a symbol").isEmpty();
		assertThat(ParticipationCodes.normalise("รหัสภาษาไทยสิบตัว")).isEmpty();
		assertThat(ParticipationCodes.normalise("A".repeat(1_000_000))).isEmpty();
		assertThat(ParticipationCodes.normalise(null)).isEmpty();
	}
}
