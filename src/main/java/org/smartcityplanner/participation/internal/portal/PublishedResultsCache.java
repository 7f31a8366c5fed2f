package org.smartcityplanner.participation.internal.portal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.smartcityplanner.participation.internal.portal.PortalView.PublishedResults;
import org.springframework.stereotype.Component;

/**
 * This node's copy of the public results of closed surveys, which the portal would otherwise add up again on every
 * request (about a dozen aggregate queries per survey). Nodes are stateless and share nothing, so an entry is only
 * found again under everything its content depends on, as read in the same request: the survey's version (raised by
 * every change of the survey: its title, its questions, closing it), when its results were made public (taken off
 * and made public again is a new time), how many answers are counted (a counted answer never changes nor goes; a
 * paper answer counted after closing adds one), the areas' names (a map question's cells are named by them) and the
 * language. What another node changed is therefore seen by the very next request here; an entry of an old version is
 * merely never asked for again, and the whole copy is dropped when it grows past {@link #MOST_ENTRIES}.
 */
@Component
class PublishedResultsCache {

	static final int MOST_ENTRIES = 500;

	/** Everything one survey's public results depend on. */
	record Key(long surveyId, int surveyVersion, Instant publishedAt, long counted, List<String> areaNames,
			Locale language) {
	}

	private final Map<Key, PublishedResults> results = new ConcurrentHashMap<>();

	PublishedResults get(Key key, Supplier<PublishedResults> compute) {
		PublishedResults known = results.get(key);
		if (known != null) {
			return known;
		}
		PublishedResults fresh = compute.get();
		if (results.size() >= MOST_ENTRIES) {
			results.clear();
		}
		results.put(key, fresh);
		return fresh;
	}
}
