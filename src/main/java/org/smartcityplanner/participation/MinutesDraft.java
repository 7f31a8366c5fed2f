package org.smartcityplanner.participation;

import java.util.List;

/**
 * The minutes as staff write them.
 *
 * @param header chair, times, recorder and reviewer
 * @param discussions what was said under each agenda item, five entries (empty for nothing)
 * @param version the meeting version the writer started from
 */
public record MinutesDraft(MinutesHeader header, List<String> discussions, int version) {

	public MinutesDraft {
		discussions = discussions == null ? List.of() : discussions.stream().map(Texts::clean).toList();
	}
}
