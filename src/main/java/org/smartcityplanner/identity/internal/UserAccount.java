package org.smartcityplanner.identity.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An account: the aggregate root of roles and province memberships.
 */
@Table("idn_user")
class UserAccount {

	@Id
	private Long id;
	private String username;
	private String displayName;
	private String email;
	private String passwordHash;
	private boolean enabled;
	private boolean demoPassword;
	private Instant createdAt;
	private Instant passwordChangedAt;
	@Version
	private Integer version;
	@MappedCollection(idColumn = "user_id")
	private Set<RoleGrant> roles = new HashSet<>();
	@MappedCollection(idColumn = "user_id")
	private Set<ProvinceMembership> provinces = new HashSet<>();

	UserAccount() {
	}

	static UserAccount create(String username, String displayName, String email, String passwordHash,
			boolean demoPassword) {
		UserAccount account = new UserAccount();
		account.username = normalise(username);
		account.displayName = displayName.trim();
		account.email = blankToNull(email);
		account.passwordHash = passwordHash;
		account.enabled = true;
		account.demoPassword = demoPassword;
		account.createdAt = Instant.now();
		account.passwordChangedAt = account.createdAt;
		return account;
	}

	/** Usernames compare case-insensitively; they are stored in lower case. */
	static String normalise(String username) {
		return username.trim().toLowerCase(java.util.Locale.ROOT);
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.demoPassword = false;
		this.passwordChangedAt = Instant.now();
	}

	void updateProfile(String displayName, String email) {
		this.displayName = displayName.trim();
		this.email = blankToNull(email);
	}

	void grant(Set<Role> newRoles, Set<ProvinceCode> newProvinces) {
		roles = newRoles.stream().map(role -> new RoleGrant(role.name())).collect(Collectors.toCollection(HashSet::new));
		provinces = newProvinces.stream().map(code -> new ProvinceMembership(code.value()))
			.collect(Collectors.toCollection(HashSet::new));
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/** Sets the version a form was loaded with, so a save over someone else's change fails instead of winning. */
	void expectVersion(int formVersion) {
		this.version = formVersion;
	}

	Set<Role> roleSet() {
		return roles.stream().map(grant -> Role.valueOf(grant.role())).collect(Collectors.toSet());
	}

	Set<ProvinceCode> provinceSet() {
		return provinces.stream().map(m -> new ProvinceCode(m.provinceCode())).collect(Collectors.toSet());
	}

	UserSummary summary() {
		return new UserSummary(id, username, displayName, email, enabled, roleSet(), provinceSet(),
				version == null ? 0 : version);
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	boolean isEnabled() {
		return enabled;
	}

	boolean isDemoPassword() {
		return demoPassword;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	@Table("idn_user_role")
	record RoleGrant(String role) {
	}

	@Table("idn_user_province")
	record ProvinceMembership(String provinceCode) {
	}
}
