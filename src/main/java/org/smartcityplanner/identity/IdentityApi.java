package org.smartcityplanner.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * What other modules may ask of identity: who is signed in, which provinces they reach, and accounts by role.
 * Accounts are created and province access is enforced inside identity only (see its province-scope interceptor).
 */
public interface IdentityApi {

	/** The user of the current request, if signed in. */
	Optional<CurrentUser> currentUser();

	/**
	 * The name recorded as who changed something: the signed-in user's sign-in name, or {@code system} outside a
	 * signed-in request (background workers, demo data).
	 */
	default String actorName() {
		return currentUser().map(CurrentUser::username).orElse("system");
	}

	/** The provinces {@code user} reaches through membership or engagements; every province for admins. */
	Set<ProvinceCode> accessibleProvinces(CurrentUser user);

	/** Enabled accounts holding {@code role}, by display name. */
	List<UserSummary> usersWithRole(Role role);

	/** One account by id. */
	Optional<UserSummary> user(long id);

	/**
	 * One account by its sign-in name, as recorded in "who saved this" fields; how a document prints the person's
	 * name instead of the sign-in name.
	 */
	Optional<UserSummary> userByUsername(String username);
}
