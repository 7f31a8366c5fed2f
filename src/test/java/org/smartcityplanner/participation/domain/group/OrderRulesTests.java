package org.smartcityplanner.participation.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.participation.GroupRole.CHAIR;
import static org.smartcityplanner.participation.GroupRole.MEMBER;
import static org.smartcityplanner.participation.GroupRole.SECRETARY;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.GroupRole;

class OrderRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
	static final List<GroupRole> GROUP = List.of(CHAIR, MEMBER, SECRETARY);

	private static List<String> fields(List<Problem> problems) {
		return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
	}

	@Test
	void acceptsACompleteOrderWithThaiDigitsInItsNumber() {
		assertThat(OrderRules.problemsOf("๒๔๕/๒๕๖๙", TODAY, "นายก", "ผู้ว่าราชการจังหวัด", "หน้าที่", TODAY, GROUP)).isEmpty();
		assertThat(OrderRules.normaliseNumber(" ๒๔๕/๒๕๖๙ ")).isEqualTo("245/2569");
	}

	@Test
	void refusesANumberWithoutABuddhistEraYear() {
		assertThat(fields(OrderRules.problemsOf("245/2026", TODAY, "a", "b", "c", TODAY, GROUP)))
			.containsExactly("number:participation.field.number.format");
		assertThat(fields(OrderRules.problemsOf("=1+1", TODAY, "a", "b", "c", TODAY, GROUP)))
			.containsExactly("number:participation.field.number.format");
	}

	@Test
	void refusesAGroupWithoutExactlyOneChairOrWithoutSecretary() {
		assertThat(fields(OrderRules.problemsOf("1/2569", TODAY, "a", "b", "c", TODAY, List.of(MEMBER, MEMBER, MEMBER))))
			.containsExactly("null:participation.order.oneChair", "null:participation.order.noSecretary");
		assertThat(fields(OrderRules.problemsOf("1/2569", TODAY, "a", "b", "c", TODAY, List.of(CHAIR, CHAIR, SECRETARY))))
			.containsExactly("null:participation.order.oneChair");
	}

	@Test
	void refusesMissingFieldsAndADateFarAway() {
		assertThat(fields(OrderRules.problemsOf(" ", null, "", null, "x", TODAY, GROUP))).containsExactly(
				"number:participation.field.number.required", "signedOn:participation.field.signedOn.required",
				"signedBy:participation.field.signedBy.required",
				"signerPosition:participation.field.signerPosition.required");
		assertThat(fields(OrderRules.problemsOf("1/2569", TODAY.plusYears(2), "a", "b", "c", TODAY, GROUP)))
			.containsExactly("signedOn:participation.field.signedOn.range");
	}

	@Test
	void refusesOverlongTextAndControlCharacters() {
		assertThat(fields(OrderRules.problemsOf("1/2569", TODAY, "x".repeat(201), "b\u0000", "c", TODAY, GROUP)))
			.containsExactly("signedBy:participation.field.tooLong", "signerPosition:participation.field.controlCharacters");
	}
}
