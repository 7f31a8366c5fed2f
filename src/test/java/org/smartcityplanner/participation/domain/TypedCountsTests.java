package org.smartcityplanner.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.domain.group.SettingsRules;
import org.smartcityplanner.participation.domain.stakeholder.StakeholderRules;

/**
 * Counts typed in participation's forms or sent as JSON strings are read by the application's one number reader
 * (issue 17): Thai digits and separators are numbers, and the rules' own ranges still apply.
 */
class TypedCountsTests {

	@Test
	void sectorTargetsTakeThaiDigits() {
		Map<Sector, String> typed = new EnumMap<>(Sector.class);
		typed.put(Sector.PRIVATE, "๑๒");
		typed.put(Sector.CIVIL_SOCIETY, " 8 ");
		var problems = new ArrayList<org.smartcityplanner.participation.domain.group.Problem>();
		Map<Sector, Integer> targets = SettingsRules.targets(typed, problems);
		assertThat(problems).isEmpty();
		assertThat(targets).containsEntry(Sector.PRIVATE, 12).containsEntry(Sector.CIVIL_SOCIETY, 8);
	}

	@Test
	void aTargetOutOfRangeOrNotANumberIsStillRefused() {
		Map<Sector, String> typed = new EnumMap<>(Sector.class);
		typed.put(Sector.PRIVATE, "1,000");
		typed.put(Sector.CIVIL_SOCIETY, "สิบ");
		var problems = new ArrayList<org.smartcityplanner.participation.domain.group.Problem>();
		SettingsRules.targets(typed, problems);
		assertThat(problems).hasSize(2);
	}

	@Test
	void surveyNumbersTakeSeparatorsAndThaiDigitsButNotAGuess() {
		assertThat(org.smartcityplanner.participation.domain.survey.TextRules.number("๑,๒๓๔.๕"))
			.isEqualByComparingTo("1234.5");
		assertThat(org.smartcityplanner.participation.domain.survey.TextRules.number("35,000")).isEqualByComparingTo("35000");
		assertThat(org.smartcityplanner.participation.domain.survey.TextRules.number("12,50")).isNull();
		assertThat(org.smartcityplanner.participation.domain.survey.TextRules.number("1.23456")).isNull();
	}

	@Test
	void retentionMonthsTakeThaiDigits() {
		assertThat(StakeholderRules.retention("๓๖")).isEqualTo(Optional.of(36));
		assertThat(StakeholderRules.retention("1,200")).isEmpty();
		assertThat(StakeholderRules.retention("")).isEqualTo(Optional.of(24));
		assertThat(List.of(StakeholderRules.retention("x"))).containsExactly(Optional.empty());
	}
}
