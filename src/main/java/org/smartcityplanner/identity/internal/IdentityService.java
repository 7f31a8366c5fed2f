package org.smartcityplanner.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.NewUser;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: creation, changes by admins, password changes by their owners. Every change is audited; the
 * audit snapshots are {@link UserSummary} records, which never carry the password hash.
 */
@Service
public class IdentityService implements IdentityUseCases {

	private final UserAccountRepository accounts;
	private final PasswordEncoder passwordEncoder;
	private final ProvinceAccessService provinceAccess;
	private final AuditLog audit;

	IdentityService(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
			ProvinceAccessService provinceAccess, AuditLog audit) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.provinceAccess = provinceAccess;
		this.audit = audit;
	}

	@Override
	public Optional<CurrentUser> currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.toCurrentUser());
		}
		return Optional.empty();
	}

	@Override
	public boolean canAccess(CurrentUser user, ProvinceCode province) {
		return provinceAccess.canAccess(user, province);
	}

	@Override
	public Set<ProvinceCode> accessibleProvinces(CurrentUser user) {
		return provinceAccess.accessibleProvinces(user);
	}

	@Override
	public List<UserSummary> usersWithRole(Role role) {
		return accounts.findEnabledWithRole(role.name()).stream().map(UserAccount::summary).toList();
	}

	@Override
	public Map<String, String> displayNames(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Map.of();
		}
		return accounts.findDisplayNames(Set.copyOf(usernames)).stream()
			.collect(Collectors.toMap(UserAccountRepository.NameRow::username, UserAccountRepository.NameRow::displayName));
	}

	@Override
	public Optional<UserSummary> user(long id) {
		return accounts.findById(id).map(UserAccount::summary);
	}

	@Override
	public Optional<UserSummary> userByUsername(String username) {
		return username == null ? Optional.empty()
				: accounts.findByUsername(UserAccount.normalise(username)).map(UserAccount::summary);
	}

	/** Every account, by username. */
	public List<UserSummary> allUsers() {
		return accounts.findAllOrdered().stream().map(UserAccount::summary).toList();
	}

	public boolean usernameTaken(String username) {
		return accounts.existsByUsername(UserAccount.normalise(username));
	}

	@Override
	@Transactional
	public UserSummary createUser(NewUser newUser) {
		UserAccount account = UserAccount.create(newUser.username(), newUser.displayName(), newUser.email(),
				passwordEncoder.encode(newUser.rawPassword()), newUser.demoPassword());
		account.grant(newUser.roles(), newUser.provinces());
		UserSummary created = accounts.save(account).summary();
		audit.record(new AuditChange("user", String.valueOf(created.id()), "created", null, null, created));
		return created;
	}

	/**
	 * Changes an account's details, roles, provinces and enabled flag.
	 *
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone else saved it since
	 * {@code version} was read
	 */
	@Transactional
	public UserSummary updateUser(long id, int version, String displayName, String email, Set<Role> roles,
			Set<ProvinceCode> provinces, boolean enabled) {
		UserAccount account = accounts.findById(id).orElseThrow(() -> new UnknownAccountException(id));
		UserSummary before = account.summary();
		account.expectVersion(version);
		account.updateProfile(displayName, email);
		account.grant(roles, provinces);
		account.setEnabled(enabled);
		UserSummary after = accounts.save(account).summary();
		audit.record(new AuditChange("user", String.valueOf(id), "updated", null, before, after));
		return after;
	}

	/**
	 * Changes the signed-in user's own password after checking the current one.
	 *
	 * @return {@code false} when {@code currentPassword} is wrong; nothing changes then
	 */
	@Transactional
	public boolean changeOwnPassword(long userId, String currentPassword, String newPassword) {
		UserAccount account = accounts.findById(userId).orElseThrow(() -> new UnknownAccountException(userId));
		if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			return false;
		}
		account.changePassword(passwordEncoder.encode(newPassword));
		accounts.save(account);
		audit.record(new AuditChange("user", String.valueOf(userId), "password-changed", null, null, null));
		return true;
	}

	long countEnabledWithDemoPassword() {
		return accounts.countEnabledWithDemoPassword();
	}

	long countAdmins() {
		return accounts.countAdmins();
	}

	/** No account has that id. */
	public static class UnknownAccountException extends RuntimeException {

		UnknownAccountException(long id) {
			super("No account " + id);
		}
	}
}
