package org.smartcityplanner.participation.domain.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.GroupRole;

class OrderDiffTests {

	static OrderDiff.Entry e(long id, GroupRole role) {
		return new OrderDiff.Entry(id, "m" + id, role);
	}

	@Test
	void theFirstOrderAppointsEveryone() {
		OrderDiff.Result result = OrderDiff.between(List.of(), List.of(e(1, GroupRole.CHAIR), e(2, GroupRole.MEMBER)));
		assertThat(result.joined()).extracting(OrderDiff.Entry::memberId).containsExactly(1L, 2L);
		assertThat(result.left()).isEmpty();
	}

	@Test
	void aRevisionNamesWhoJoinedLeftAndChangedRole() {
		OrderDiff.Result result = OrderDiff.between(
				List.of(e(1, GroupRole.CHAIR), e(2, GroupRole.MEMBER), e(3, GroupRole.MEMBER)),
				List.of(e(1, GroupRole.CHAIR), e(3, GroupRole.VICE_CHAIR), e(4, GroupRole.MEMBER)));
		assertThat(result.joined()).extracting(OrderDiff.Entry::memberId).containsExactly(4L);
		assertThat(result.left()).extracting(OrderDiff.Entry::memberId).containsExactly(2L);
		assertThat(result.roleChanged()).singleElement().satisfies(change -> {
			assertThat(change.before().role()).isEqualTo(GroupRole.MEMBER);
			assertThat(change.after().role()).isEqualTo(GroupRole.VICE_CHAIR);
		});
		assertThat(OrderDiff.between(List.of(e(1, GroupRole.CHAIR)), List.of(e(1, GroupRole.CHAIR))).isEmpty()).isTrue();
	}
}
