package org.smartcityplanner.participation.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CheckInCodesTests {

	@Test
	void freshCodesAreSixUnambiguousCharactersAndDiffer() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String code = CheckInCodes.fresh();
			assertThat(code).matches("[2-9A-HJ-NP-Z]{6}");
			codes.add(code);
		}
		assertThat(codes).hasSizeGreaterThan(995);
	}

	@Test
	void acceptsACodeTypedInLowerCaseWithSpacesOrDashes() {
		assertThat(CheckInCodes.normalise(" k7m-2qx ")).isEqualTo("K7M2QX");
		assertThat(CheckInCodes.normalise("K7M 2QX")).isEqualTo("K7M2QX");
	}

	@Test
	void refusesWhatCannotBeACode() {
		assertThat(CheckInCodes.normalise(null)).isNull();
		assertThat(CheckInCodes.normalise("K7M2Q")).isNull();
		assertThat(CheckInCodes.normalise("K7M2Q0")).as("0 is not in the alphabet").isNull();
		assertThat(CheckInCodes.normalise("<script>")).isNull();
		assertThat(CheckInCodes.normalise("=1+1AB")).isNull();
	}
}
