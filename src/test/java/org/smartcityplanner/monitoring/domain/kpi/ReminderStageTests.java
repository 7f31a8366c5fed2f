package org.smartcityplanner.monitoring.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReminderStageTests {

	private static final LocalDate DUE = LocalDate.of(2027, 1, 30);

	@Test
	void remindsFourteenSevenAndOneDayBeforeAndWhenOverdue() {
		assertThat(ReminderStage.on(DUE.minusDays(15), DUE)).isEmpty();
		assertThat(ReminderStage.on(DUE.minusDays(14), DUE)).contains(ReminderStage.DUE_14);
		assertThat(ReminderStage.on(DUE.minusDays(8), DUE)).contains(ReminderStage.DUE_14);
		assertThat(ReminderStage.on(DUE.minusDays(7), DUE)).contains(ReminderStage.DUE_7);
		assertThat(ReminderStage.on(DUE.minusDays(2), DUE)).contains(ReminderStage.DUE_7);
		assertThat(ReminderStage.on(DUE.minusDays(1), DUE)).contains(ReminderStage.DUE_1);
		assertThat(ReminderStage.on(DUE, DUE)).as("the due day itself").contains(ReminderStage.DUE_1);
		assertThat(ReminderStage.on(DUE.plusDays(1), DUE)).contains(ReminderStage.OVERDUE);
	}

	@Test
	void aJobRunningDailyMeetsEachStageInOrderAndNoneTwiceInARow() {
		Optional<ReminderStage> previous = Optional.empty();
		int changes = 0;
		for (LocalDate day = DUE.minusDays(30); !day.isAfter(DUE.plusDays(5)); day = day.plusDays(1)) {
			Optional<ReminderStage> stage = ReminderStage.on(day, DUE);
			if (!stage.equals(previous)) {
				changes++;
				if (previous.isPresent()) {
					assertThat(stage.orElseThrow().ordinal()).isEqualTo(previous.get().ordinal() + 1);
				}
			}
			previous = stage;
		}
		assertThat(changes).isEqualTo(4);
	}
}
