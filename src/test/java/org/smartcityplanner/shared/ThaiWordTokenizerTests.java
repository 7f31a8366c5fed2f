package org.smartcityplanner.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThaiWordTokenizerTests {

	@Test
	void splitsThaiWrittenWithoutSpacesIntoDictionaryWords() {
		assertThat(ThaiWordTokenizer.tokens("การพัฒนาเมืองอัจฉริยะในจังหวัดภูเก็ต").keySet())
			.contains("พัฒนา", "เมือง", "อัจฉริยะ", "จังหวัด", "ภูเก็ต")
			.doesNotContain("การ", "ใน");
	}

	@Test
	void lowerCasesLatinWordsAndDropsPunctuationAndStopWords() {
		assertThat(ThaiWordTokenizer.tokens("Smart City, the (Barcelona) superblocks!").keySet())
			.containsExactly("smart", "city", "barcelona", "superblocks");
	}

	@Test
	void countsRepeatedWords() {
		assertThat(ThaiWordTokenizer.tokens("ขนส่ง ขนส่งมวลชน").get("ขนส่ง")).isEqualTo(2);
	}
}
