package org.smartcityplanner.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;

import org.junit.jupiter.api.Test;

class SwotRulesTests {

	@Test
	void oneItemPerLineWithoutBulletsOrBlankLines() {
		assertThat(SwotRules.items("- ที่ตั้งเป็นศูนย์กลาง\n\n• มหาวิทยาลัยหลายแห่ง\r\n  * แหล่งท่องเที่ยว  \n"))
			.containsExactly("ที่ตั้งเป็นศูนย์กลาง", "มหาวิทยาลัยหลายแห่ง", "แหล่งท่องเที่ยว");
		assertThat(SwotRules.items(null)).isEmpty();
	}

	@Test
	void itemsAreShortAndFew() {
		assertThat(SwotRules.problemOf(java.util.List.of("ok", "x".repeat(301))).args()).containsExactly("2", "300");
		assertThat(SwotRules.problemOf(Collections.nCopies(21, "x")).messageKey()).isEqualTo("swot.error.tooMany");
		assertThat(SwotRules.problemOf(Collections.nCopies(20, "x"))).isNull();
	}
}
