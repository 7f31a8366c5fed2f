package org.smartcityplanner.participation;

import java.util.Objects;

import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ResourceRef;

/**
 * A candidate project on a ballot, as neutral data: participation never imports the module it came from.
 *
 * @param ref the project in its own module (e.g. {@code plan.project:P-07})
 * @param title its title when the ballot was opened
 * @param cost its whole cost
 */
public record BallotItem(ResourceRef ref, String title, Baht cost) {

	public BallotItem {
		Objects.requireNonNull(ref, "ref");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(cost, "cost");
	}
}
