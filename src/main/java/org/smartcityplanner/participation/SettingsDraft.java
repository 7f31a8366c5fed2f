package org.smartcityplanner.participation;

import java.util.Map;

/**
 * Settings as typed.
 *
 * @param groupName the group's name
 * @param issuer    who issues its orders
 * @param duties    duties, one per line
 * @param targets   the target per sector as typed (whole numbers 0–50)
 */
public record SettingsDraft(String groupName, String issuer, String duties, Map<Sector, String> targets) {

	public SettingsDraft {
		targets = targets == null ? Map.of() : Map.copyOf(targets);
	}
}
