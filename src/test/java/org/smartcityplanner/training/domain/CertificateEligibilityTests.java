package org.smartcityplanner.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.training.domain.CertificateEligibility.Gap;
import org.smartcityplanner.training.domain.CertificateEligibility.Record;
import org.smartcityplanner.training.domain.CertificateEligibility.Rules;

class CertificateEligibilityTests {

	static final Rules RULES = new Rules(80, 60);

	@Test
	void attendingEnoughAndPassingThePostTestEarnsACertificate() {
		assertThat(CertificateEligibility.gaps(RULES, new Record(5, 6, 8, 12, false))).isEmpty();
	}

	@Test
	void theThresholdsAreInclusiveAndExact() {
		// 4 of 5 sessions is exactly 80 %, 6 of 10 points exactly 60 %
		assertThat(CertificateEligibility.eligible(RULES, new Record(4, 5, 6, 10, false))).isTrue();
		// 4 of 6 is 66.7 %: below, although "rounded" shares could hide it
		assertThat(CertificateEligibility.gaps(RULES, new Record(4, 6, 12, 12, false)))
			.containsExactly(Gap.ATTENDANCE_TOO_LOW);
		assertThat(CertificateEligibility.gaps(RULES, new Record(6, 6, 7, 12, false)))
			.containsExactly(Gap.POST_TEST_BELOW_PASS);
	}

	@Test
	void noPostTestMeansNoCertificate() {
		assertThat(CertificateEligibility.gaps(RULES, new Record(6, 6, null, 0, false))).containsExactly(Gap.NO_POST_TEST);
	}

	@Test
	void aCohortWithoutSessionsCertifiesNobody() {
		assertThat(CertificateEligibility.gaps(RULES, new Record(0, 0, 12, 12, false))).containsExactly(Gap.NO_SESSIONS);
	}

	@Test
	void erasedPersonalDataMeansNoCertificateAndEveryGapIsListed() {
		assertThat(CertificateEligibility.gaps(RULES, new Record(1, 6, 2, 12, true)))
			.containsExactly(Gap.PERSONAL_DATA_ERASED, Gap.ATTENDANCE_TOO_LOW, Gap.POST_TEST_BELOW_PASS);
	}
}
