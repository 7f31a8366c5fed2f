package org.smartcityplanner.participation.web;

import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * One tool's card on the participation landing page. Each part of the module declares its card as a bean; the page
 * shows them by {@link #order()}.
 */
public interface LandingCard {

	/** Cards with lower values come first. */
	int order();

	/** The card's content for the province, in message keys and figures. */
	Card card(ProvinceCode province);

	/**
	 * @param titleKey       message key of the title
	 * @param descriptionKey message key of the one-line description
	 * @param path           where the card leads, e.g. {@code /p/TH-65/participation/group}
	 * @param figures        figures shown on the card
	 * @param warningKey     message key of a warning to show, or {@code null}
	 * @param warningArgs    its arguments
	 */
	record Card(String titleKey, String descriptionKey, String path, List<Figure> figures, String warningKey,
			List<Object> warningArgs) {

		public Card {
			figures = List.copyOf(figures);
			warningArgs = warningArgs == null ? List.of() : List.copyOf(warningArgs);
		}
	}

	/** A number with its label's message key. */
	record Figure(String labelKey, long value) {
	}
}
