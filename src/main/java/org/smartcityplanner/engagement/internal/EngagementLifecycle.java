package org.smartcityplanner.engagement.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.smartcityplanner.engagement.EngagementView;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * Opening, editing and closing engagements (the module's admin pages and API). Every refusal is an
 * {@link org.smartcityplanner.shared.InvalidInputException} whose key names the reason.
 */
public interface EngagementLifecycle {

	/**
	 * Opens an engagement without a team yet (the team is proposed and kept on its page).
	 *
	 * @param endOrNull the last day, or {@code null} for the standard 180 days from {@code signedOn}
	 */
	EngagementView open(ProvinceCode province, String title, LocalDate signedOn, LocalDate endOrNull);

	/** One engagement, if it exists. */
	Optional<EngagementView> engagement(long id);

	/** New title and dates of an open engagement. */
	EngagementView edit(long id, String title, LocalDate start, LocalDate end);

	/** Closes an open engagement on the given day. */
	EngagementView close(long id, LocalDate closedOn);
}
