package org.smartcityplanner.identity.spi;

import java.util.Set;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * Grants a user access to provinces beyond their explicit memberships. The engagement module implements it so
 * that consultants reach the provinces of the engagements they work on, and lose them when they leave a team.
 */
public interface ProvinceAccessContributor {

	/** Provinces this contributor grants to the user; empty when none. */
	Set<ProvinceCode> provincesFor(long userId);
}
