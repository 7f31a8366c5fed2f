package org.smartcityplanner.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * What other modules may ask of identity: who is signed in, which provinces they reach, and accounts by role.
 */
public interface IdentityApi {

	/** The user of the current request, if signed in. */
	Optional<CurrentUser> currentUser();

	/** Whether {@code user} may see and change data of {@code province}. Admins reach every province. */
	boolean canAccess(CurrentUser user, ProvinceCode province);

	/** The provinces {@code user} reaches through membership or engagements; every province for admins. */
	Set<ProvinceCode> accessibleProvinces(CurrentUser user);

	/** Enabled accounts holding {@code role}, by display name. */
	List<UserSummary> usersWithRole(Role role);

	/**
	 * The display names of the given sign-in names, for showing who did something. Names of accounts that no
	 * longer exist are missing from the map.
	 */
	Map<String, String> displayNames(Collection<String> usernames);

	/** One account by id. */
	Optional<UserSummary> user(long id);

	/** Creates an account; used by the demo seeder and the first-admin bootstrap. */
	UserSummary createUser(NewUser newUser);
}
