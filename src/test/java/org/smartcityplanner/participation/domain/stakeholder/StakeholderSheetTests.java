package org.smartcityplanner.participation.domain.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.domain.group.Problem;

class StakeholderSheetTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
	private static final List<String> HEADER = List.of("Name", "type", "sector", "email", "consent", "consent_date");

	@Test
	void readsColumnsInAnyOrderWithTheConsentOfEachRow() {
		List<StakeholderSheet.Row> rows = StakeholderSheet.read(List.of(HEADER,
				List.of("ชมรมจักรยาน", "NGO", "CIVIL_SOCIETY", "", "online", ""),
				List.of("", "", "", "", "", ""),
				List.of("นางสาวทดสอบ", "CITIZEN", "CIVIL_SOCIETY", "a@example.org", "PAPER", "2026-11-30")), TODAY);

		assertThat(rows).extracting(StakeholderSheet.Row::number).containsExactly(2, 4);
		assertThat(rows).allMatch(StakeholderSheet.Row::valid);
		assertThat(rows.get(0).channel()).isEqualTo("ONLINE");
		assertThat(rows.get(0).draft().retentionMonths()).isEqualTo("24");
		assertThat(rows.get(1).channel()).isEqualTo("PAPER");
		assertThat(rows.get(1).collectedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void theConsentMayBeTypedInTheThaiWordsTheThaiInstructionsGive() {
		List<StakeholderSheet.Row> rows = StakeholderSheet.read(List.of(HEADER,
				List.of("ชมรมจักรยาน", "NGO", "CIVIL_SOCIETY", "", "ออนไลน์", ""),
				List.of("นางสาวทดสอบ", "CITIZEN", "CIVIL_SOCIETY", "", " กระดาษ ", "2026-11-30")), TODAY);

		assertThat(rows).allMatch(StakeholderSheet.Row::valid);
		assertThat(rows).extracting(StakeholderSheet.Row::channel).containsExactly("ONLINE", "PAPER");
	}

	@Test
	void aRowWithoutConsentOrWithAPaperConsentWithoutItsDayIsRefused() {
		List<StakeholderSheet.Row> rows = StakeholderSheet.read(List.of(HEADER,
				List.of("ก", "CITIZEN", "CIVIL_SOCIETY", "", "", ""),
				List.of("ข", "CITIZEN", "CIVIL_SOCIETY", "", "PAPER", ""),
				List.of("ค", "CITIZEN", "CIVIL_SOCIETY", "", "PAPER", "2026-12-09")), TODAY);

		assertThat(rows.get(0).problems()).extracting(Problem::field).containsExactly("consent");
		assertThat(rows.get(1).problems()).extracting(Problem::messageKey)
			.containsExactly("participation.import.consentDate.required");
		assertThat(rows.get(2).problems()).extracting(Problem::messageKey)
			.containsExactly("participation.import.consentDate.future");
	}

	@Test
	void eachRowIsCheckedByTheRegistrysRules() {
		List<StakeholderSheet.Row> rows = StakeholderSheet.read(List.of(HEADER,
				List.of("", "ALIEN", "NOWHERE", "not-an-email", "ONLINE", "")), TODAY);

		assertThat(rows.get(0).problems()).extracting(Problem::field).containsExactly("name", "type", "sector", "email");
	}

	@Test
	void aSheetWithoutTheRequiredColumnsIsOneProblem() {
		List<StakeholderSheet.Row> rows = StakeholderSheet.read(List.of(List.of("name", "sector"), List.of("ก", "X")),
				TODAY);

		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.number()).isEqualTo(1);
			assertThat(row.problems()).containsExactly(
					Problem.of(null, "participation.import.columnsMissing", "type, consent"));
		});
	}
}
