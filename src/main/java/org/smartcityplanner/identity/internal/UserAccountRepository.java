package org.smartcityplanner.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("select u.* from idn_user u where u.enabled = true and exists "
			+ "(select 1 from idn_user_role r where r.user_id = u.id and r.role = :role) order by u.display_name")
	List<UserAccount> findEnabledWithRole(String role);

	@Query("select count(*) from idn_user u where u.enabled = true and u.demo_password = true")
	long countEnabledWithDemoPassword();

	@Query("select count(*) from idn_user u where exists "
			+ "(select 1 from idn_user_role r where r.user_id = u.id and r.role = 'ADMIN')")
	long countAdmins();

	@Query("select u.* from idn_user u order by u.username")
	List<UserAccount> findAllOrdered();

	@Query("select u.username, u.display_name from idn_user u where u.username in (:usernames)")
	List<NameRow> findDisplayNames(Collection<String> usernames);

	/** A sign-in name with the name shown for it. */
	record NameRow(String username, String displayName) {
	}
}
