package org.smartcityplanner.participation.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.AgendaItem;

class StandardAgendaTests {

	@Test
	void fillsMissingItemsAndBlankTitlesWithTheStandardFive() {
		List<AgendaItem> agenda = StandardAgenda.complete(List.of(new AgendaItem(1, "", "", ""),
				new AgendaItem(2, "รับรองรายงานครั้งที่ 1/2569", "รายละเอียด", "")));
		assertThat(agenda).extracting(AgendaItem::position).containsExactly(1, 2, 3, 4, 5);
		assertThat(agenda).extracting(AgendaItem::title).containsExactly("เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
				"รับรองรายงานครั้งที่ 1/2569", "เรื่องสืบเนื่อง", "เรื่องเพื่อพิจารณา", "เรื่องอื่น ๆ");
		assertThat(agenda.get(1).details()).isEqualTo("รายละเอียด");
	}

	@Test
	void numbersAgendaItemsInThaiDigits() {
		assertThat(StandardAgenda.thaiNumber(1)).isEqualTo("๑");
		assertThat(StandardAgenda.thaiNumber(5)).isEqualTo("๕");
		assertThat(StandardAgenda.thaiNumber(12)).isEqualTo("๑๒");
	}
}
