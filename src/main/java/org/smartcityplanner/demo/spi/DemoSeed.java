package org.smartcityplanner.demo.spi;

import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * One module's part of the fictional demo province. Each module implements it in its own package (for example
 * {@code profile.internal.demo.ProfileDemoSeed}) as a Spring bean, so its demo data is written through its own
 * rules and changes with its own code. The demo module calls the seeds only in the default profile with
 * {@code scp.demo.enabled=true}, one after the other by {@link #order()}, in one transaction.
 *
 * <p>A seed that needs another module's data reads it through that module's public API; the order makes sure that
 * data is already there (users before the engagement, target areas before the plan, plan projects before their
 * budgets, users before the training cohort).
 *
 * <p>All demo data is fictional: invented names, rounded illustrative figures.
 */
public interface DemoSeed {

	/** Seeds whose order is lower run first; see the constants for the modules' slots. */
	int order();

	/**
	 * Whether the province already holds this module's demo data (from an earlier start). Then {@link #seed} is not
	 * called, so a second start never seeds anything twice, while a part added to the demo later (a module that
	 * did not seed before) is still seeded into an older demo database.
	 */
	boolean isSeeded(ProvinceCode province);

	/** Writes this module's demo data for the province. Runs inside the caller's transaction. */
	void seed(ProvinceCode province);

	/** The sign-ins this seed creates, printed on the console so a newcomer can start clicking at once. */
	default List<DemoSignIn> signIns() {
		return List.of();
	}

	/** Order of the identity seed: accounts first, every other part refers to them. */
	int USERS = 100;

	/** Order of the engagement seed: needs the consultants' accounts. */
	int ENGAGEMENT = 200;

	/** Order of the profile seed: context, strategies, SWOT, target areas and baselines. */
	int PROFILE = 300;

	/** Order of the plan seed: needs the target areas. */
	int PLAN = 400;

	/** Order of the action-plan seed: needs the plan's projects. */
	int ACTION_PLAN = 500;

	/** Order of the training seed: needs the consultants as trainers. */
	int TRAINING = 600;
}
