package org.smartcityplanner.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.training.domain.TraineeIdentity.Person;

class TraineeIdentityTests {

	@Test
	void sameNameOrganisationAndPhoneIsTheSamePersonHoweverTyped() {
		assertThat(TraineeIdentity.samePerson(
				new Person("นายสมชาย  ใจดี", "เทศบาลนครพิษณุโลก", "081-234-5678", ""),
				new Person("สมชาย ใจดี", "เทศบาลนครพิษณุโลก ", "+66 81 234 5678", "somchai@example.org"))).isTrue();
	}

	@Test
	void sameNameOrganisationAndEmailIsTheSamePersonWhateverThePhone() {
		assertThat(TraineeIdentity.samePerson(
				new Person("Dr. Anna Lee", "Naresuan University", "", "Anna.Lee@Example.org"),
				new Person("anna lee", "naresuan university", "0812345678", "anna.lee@example.org"))).isTrue();
	}

	@Test
	void thaiDigitsInThePhoneCountAsTheSameNumber() {
		assertThat(TraineeIdentity.samePerson(new Person("วิไล ศรีสุข", "อบจ.", "๐๘๙-๑๒๓-๔๕๖๗", ""),
				new Person("น.ส.วิไล ศรีสุข", "อบจ.", "0891234567", ""))).isTrue();
	}

	@Test
	void sameNameInAnotherOrganisationIsAnotherPerson() {
		assertThat(TraineeIdentity.samePerson(new Person("สมชาย ใจดี", "เทศบาลนครพิษณุโลก", "0812345678", ""),
				new Person("สมชาย ใจดี", "มหาวิทยาลัยนเรศวร", "0812345678", ""))).isFalse();
	}

	@Test
	void sameNameAndOrganisationWithDifferentContactsIsAnotherPerson() {
		assertThat(TraineeIdentity.samePerson(new Person("สมชาย ใจดี", "เทศบาล", "0812345678", "a@example.org"),
				new Person("สมชาย ใจดี", "เทศบาล", "0898765432", "b@example.org"))).isFalse();
	}

	@Test
	void keysAreMissingWithoutTheContact() {
		assertThat(TraineeIdentity.phoneKey("a", "b", null)).isNull();
		assertThat(TraineeIdentity.emailKey("a", "b", " ")).isNull();
	}
}
