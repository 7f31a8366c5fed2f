package org.smartcityplanner.participation.domain.meeting;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.participation.AgendaItem;

/**
 * The five agenda items of a Thai official meeting, the order every minutes follows; a meeting planned without an
 * agenda gets these titles, and missing or blank titles are filled from them.
 */
public final class StandardAgenda {

	public static final List<String> TITLES = List.of("เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "เรื่องรับรองรายงานการประชุมครั้งที่ผ่านมา",
			"เรื่องสืบเนื่อง", "เรื่องเพื่อพิจารณา", "เรื่องอื่น ๆ");

	private StandardAgenda() {
	}

	/** Exactly five items, positions 1–5: the given ones where present, the standard titles elsewhere. */
	public static List<AgendaItem> complete(List<AgendaItem> given) {
		List<AgendaItem> items = new ArrayList<>();
		for (int position = 1; position <= MeetingRules.AGENDA_ITEMS; position++) {
			AgendaItem item = position <= given.size() ? given.get(position - 1) : null;
			String title = item == null || item.title().isEmpty() ? TITLES.get(position - 1) : item.title();
			items.add(new AgendaItem(position, title, item == null ? "" : item.details(),
					item == null ? "" : item.discussion()));
		}
		return items;
	}

	/** "๑" to "๕": agenda items are numbered in Thai digits in official minutes. */
	public static String thaiNumber(int position) {
		StringBuilder out = new StringBuilder();
		for (char c : Integer.toString(position).toCharArray()) {
			out.append((char) ('๐' + (c - '0')));
		}
		return out.toString();
	}
}
