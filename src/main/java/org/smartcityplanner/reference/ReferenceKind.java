package org.smartcityplanner.reference;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lists of national reference data other than provinces, each loaded from its own data file.
 */
public enum ReferenceKind {

	SMART_DIMENSION("smart-dimensions"),
	NATIONAL_STRATEGY("national-strategies"),
	NATIONAL_MASTER_PLAN("national-master-plans"),
	NESDP_MILESTONE("nesdp-milestones"),
	SDG("sdgs"),
	/** Thailand 4.0: the innovation-driven economy model and its target industries (S-curves). */
	THAILAND_40("thailand-4-0"),
	COMMITTEE_CRITERION("committee-criteria"),
	BUDGET_SOURCE("budget-sources"),
	BUDGET_CATEGORY("budget-categories");

	private final String slug;

	ReferenceKind(String slug) {
		this.slug = slug;
	}

	/** The name used in URLs and as the data file's base name. */
	public String slug() {
		return slug;
	}

	/** The kind whose slug is {@code slug}, if any. */
	public static Optional<ReferenceKind> fromSlug(String slug) {
		return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
	}
}
