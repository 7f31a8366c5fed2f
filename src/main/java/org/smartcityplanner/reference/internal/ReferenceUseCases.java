package org.smartcityplanner.reference.internal;

import java.util.List;

import org.smartcityplanner.reference.Indicator;
import org.smartcityplanner.reference.ReferenceApi;

/**
 * What the reference module's own pages and API do beyond the {@link ReferenceApi} other modules use: the
 * indicator library's search box. Internal to the module.
 */
public interface ReferenceUseCases extends ReferenceApi {

	/**
	 * Indicators whose code, Thai name or English name contains {@code text}, ignoring case. A substring, not a
	 * word match: Thai is written without spaces between words. Blank text matches every indicator.
	 */
	List<Indicator> searchIndicators(String text);
}
