package org.smartcityplanner.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThaiPhoneTests {

	@Test
	void acceptsMobilesAndFixedLinesAsPeopleTypeThem() {
		assertThat(ThaiPhone.normalise("081-234-5678")).hasValue("0812345678");
		assertThat(ThaiPhone.normalise("+66 81 234 5678")).hasValue("0812345678");
		assertThat(ThaiPhone.normalise("(055) 123 456")).hasValue("055123456");
		assertThat(ThaiPhone.normalise("02-123-4567")).hasValue("021234567");
		assertThat(ThaiPhone.normalise("๐๙๑๒๓๔๕๖๗๘")).hasValue("0912345678");
	}

	@Test
	void refusesWhatIsNotAThaiNumber() {
		assertThat(ThaiPhone.normalise("12345")).isEmpty();
		assertThat(ThaiPhone.normalise("081-234-567")).isEmpty();
		assertThat(ThaiPhone.normalise("0112345678")).isEmpty();
		assertThat(ThaiPhone.normalise("+1 415 555 0100")).isEmpty();
		assertThat(ThaiPhone.normalise("081 234 5678 ext 2")).isEmpty();
		assertThat(ThaiPhone.normalise("")).isEmpty();
	}
}
