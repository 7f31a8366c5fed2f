package org.smartcityplanner.actionplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/** The proposal form rules of every budget source as they start out. */
class ProposalCheckTests {

	private static final Set<FormField> ALL_FIELDS = EnumSet.allOf(FormField.class);

	@ParameterizedTest
	@ValueSource(strings = { "PROV", "CLUS", "FUNC", "AGEN", "LOCAL", "DEF", "PPP", "OTHER" })
	void aProposalWithEveryRequiredFieldWithinTheRulesIsComplete(String source) {
		SourceRule rule = StandardSourceRules.of(source);
		ProposalStatus status = ProposalCheck.check(rule, eligible(rule, ALL_FIELDS, Baht.of(1_000_000)));
		assertThat(status.missing()).isEmpty();
		assertThat(status.ruleBreaks()).isEmpty();
		assertThat(status.complete()).isTrue();
		assertThat(status.filled()).isEqualTo(rule.requiredFields().size());
	}

	@ParameterizedTest
	@ValueSource(strings = { "PROV", "CLUS", "FUNC", "AGEN", "LOCAL", "DEF", "PPP", "OTHER" })
	void eachMissingRequiredFieldKeepsTheProposalIncompleteAndIsNamed(String source) {
		SourceRule rule = StandardSourceRules.of(source);
		assertThat(rule.requiredFields()).containsAll(StandardSourceRules.COMMON);
		for (FormField field : rule.requiredFields()) {
			Set<FormField> filled = EnumSet.allOf(FormField.class);
			filled.remove(field);
			ProposalStatus status = ProposalCheck.check(rule, eligible(rule, filled, Baht.of(1_000_000)));
			assertThat(status.missing()).as("%s without %s", source, field).containsExactly(field);
			assertThat(status.complete()).isFalse();
		}
	}

	@Test
	void sourceSpecificFieldsAreRequiredOnlyWhereTheyBelong() {
		assertThat(StandardSourceRules.of("CLUS").requiredFields()).contains(FormField.CLUSTER_PROVINCES);
		assertThat(StandardSourceRules.of("PPP").requiredFields()).contains(FormField.PRIVATE_PARTNER);
		assertThat(StandardSourceRules.of("DEF").requiredFields()).contains(FormField.DIGITAL_READINESS,
				FormField.CO_FUNDING_COMMITMENT);
		assertThat(StandardSourceRules.of("LOCAL").requiredFields()).contains(FormField.OPERATION_AND_MAINTENANCE);
		assertThat(StandardSourceRules.of("PROV").requiredFields()).doesNotContain(FormField.CLUSTER_PROVINCES,
				FormField.PRIVATE_PARTNER);
	}

	@Test
	void theProvincialBudgetFundsUpToItsCapPerProject() {
		SourceRule prov = StandardSourceRules.of("PROV");
		ProposalFacts twoYears = new ProposalFacts("ENV", ProjectType.SERVICE, ALL_FIELDS, 2, Baht.of(150_000_000),
				Baht.of(120_000_000));
		assertThat(ProposalCheck.check(prov, twoYears).ruleBreaks()).extracting(Finding::messageKey)
			.containsExactly("actionplan.rule.overCap");
	}

	@Test
	void localGovernmentFundsOneYearAtATime() {
		SourceRule local = StandardSourceRules.of("LOCAL");
		ProposalFacts twoYears = new ProposalFacts("LIV", ProjectType.SERVICE, ALL_FIELDS, 2, Baht.of(5_000_000),
				Baht.of(5_000_000));
		assertThat(ProposalCheck.check(local, twoYears).ruleBreaks()).extracting(Finding::messageKey)
			.containsExactly("actionplan.rule.singleYearOnly");
	}

	@Test
	void localGovernmentDoesNotFundDigitalPlatforms() {
		SourceRule local = StandardSourceRules.of("LOCAL");
		ProposalFacts digital = new ProposalFacts("GOV", ProjectType.DIGITAL, ALL_FIELDS, 1, Baht.of(5_000_000),
				Baht.of(5_000_000));
		assertThat(ProposalCheck.check(local, digital).ruleBreaks()).extracting(Finding::messageKey)
			.containsExactly("actionplan.rule.notEligible");
	}

	@Test
	void theDigitalFundWantsTenPercentCoFundingAndADigitalProject() {
		SourceRule def = StandardSourceRules.of("DEF");
		ProposalFacts whole = new ProposalFacts("GOV", ProjectType.DIGITAL, ALL_FIELDS, 2, Baht.of(10_000_000),
				Baht.of(10_000_000));
		assertThat(ProposalCheck.check(def, whole).ruleBreaks()).singleElement().satisfies(finding -> {
			assertThat(finding.messageKey()).isEqualTo("actionplan.rule.coFundingShort");
			assertThat(finding.arguments()).containsExactly("DEF", 10, Baht.of(9_000_000));
		});
		ProposalFacts ninety = new ProposalFacts("GOV", ProjectType.DIGITAL, ALL_FIELDS, 2, Baht.of(10_000_000),
				Baht.of(9_000_000));
		assertThat(ProposalCheck.check(def, ninety).complete()).isTrue();
		ProposalFacts road = new ProposalFacts("MOB", ProjectType.INFRASTRUCTURE, ALL_FIELDS, 1, Baht.of(10_000_000),
				Baht.of(9_000_000));
		assertThat(ProposalCheck.check(def, road).ruleBreaks()).extracting(Finding::messageKey)
			.containsExactly("actionplan.rule.notEligible");
	}

	@Test
	void aSourceWithTypeRulesNeedsTheProjectTypeSet() {
		SourceRule ppp = StandardSourceRules.of("PPP");
		ProposalFacts untyped = new ProposalFacts("MOB", null, ALL_FIELDS, 1, Baht.of(1_000), Baht.of(1_000));
		assertThat(ProposalCheck.check(ppp, untyped).ruleBreaks()).extracting(Finding::messageKey)
			.containsExactly("actionplan.rule.typeMissing");
	}

	@Test
	void askingNothingOfASourceIsNotAProposal() {
		SourceRule func = StandardSourceRules.of("FUNC");
		ProposalFacts nothing = new ProposalFacts("MOB", ProjectType.SERVICE, ALL_FIELDS, 1, Baht.of(1_000), Baht.ZERO);
		assertThat(ProposalCheck.check(func, nothing).ruleBreaks()).extracting(Finding::messageKey)
			.containsExactly("actionplan.rule.nothingRequested");
	}

	@Test
	void dimensionRulesRestrictWhatASourceFunds() {
		SourceRule energyOnly = new SourceRule("OTHER", Set.of("ENE"), Set.of(), null, 0, true, List.of(),
				MonthDay.of(9, 1));
		assertThat(energyOnly.funds("ENE", ProjectType.INFRASTRUCTURE)).isTrue();
		assertThat(energyOnly.funds("MOB", ProjectType.INFRASTRUCTURE)).isFalse();
	}

	@Test
	void theDeadlineFallsInTheFiscalYearBeforeTheOneProposedFor() {
		assertThat(StandardSourceRules.of("PROV").deadlineFor(new FiscalYear(2571)))
			.isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(StandardSourceRules.of("DEF").deadlineFor(new FiscalYear(2571)))
			.isEqualTo(LocalDate.of(2027, 3, 31));
	}

	@Test
	void coFundingIsRoundedInTheProvincesFavourOfEnoughCoFunding() {
		SourceRule thirdCoFunded = new SourceRule("OTHER", Set.of(), Set.of(), null, 33, true, List.of(),
				MonthDay.of(9, 1));
		// 33 % of 1.01 baht = 33.33 satang, rounded up to 34: the source pays at most 67 satang
		assertThat(thirdCoFunded.maxShareOf(new Baht(101))).isEqualTo(new Baht(67));
	}

	private static ProposalFacts eligible(SourceRule rule, Set<FormField> filled, Baht cost) {
		ProjectType type = rule.eligibleTypes().isEmpty() ? ProjectType.SERVICE
				: rule.eligibleTypes().stream().sorted().findFirst().orElseThrow();
		return new ProposalFacts("ENV", type, filled, 1, cost, rule.maxShareOf(cost));
	}
}
