package org.smartcityplanner.identity.internal;

import java.util.Collection;
import java.util.Map;

import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.NewUser;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * What identity's own pages, province-scope check, bootstrap and demo seed do with accounts, beyond the
 * {@link IdentityApi} other modules use. Internal to the module (Spring Modulith does not expose {@code internal}),
 * so no other module can create accounts or decide province access itself.
 */
public interface IdentityUseCases extends IdentityApi {

	/** Whether {@code user} may see and change data of {@code province}. Admins reach every province. */
	boolean canAccess(CurrentUser user, ProvinceCode province);

	/**
	 * The display names of the given sign-in names, for showing who did something. Names of accounts that no
	 * longer exist are missing from the map.
	 */
	Map<String, String> displayNames(Collection<String> usernames);

	/** Creates an account; used by the account pages, the demo seeder and the first-admin bootstrap. */
	UserSummary createUser(NewUser newUser);
}
