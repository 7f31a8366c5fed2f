package org.smartcityplanner.identity.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * The admin's user form, for creating and editing. Username and password are only used when creating.
 */
class UserForm {

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "[A-Za-z0-9._-]{3,100}", message = "{validation.username.format}")
	private String username = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String displayName = "";

	@Email(message = "{validation.email}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String email = "";

	private String password = "";

	@NotEmpty(message = "{validation.roles.required}")
	private Set<Role> roles = new LinkedHashSet<>();

	private Set<String> provinces = new LinkedHashSet<>();

	private boolean enabled = true;

	private int version;

	static UserForm of(UserSummary user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.displayName = user.displayName();
		form.email = user.email() == null ? "" : user.email();
		form.roles = new LinkedHashSet<>(user.roles());
		user.provinces().forEach(code -> form.provinces.add(code.value()));
		form.enabled = user.enabled();
		form.version = user.version();
		return form;
	}

	Set<ProvinceCode> provinceCodes() {
		Set<ProvinceCode> codes = new LinkedHashSet<>();
		provinces.stream().filter(ProvinceCode::isValid).map(ProvinceCode::of).forEach(codes::add);
		return codes;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public Set<String> getProvinces() {
		return provinces;
	}

	public void setProvinces(Set<String> provinces) {
		this.provinces = provinces;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
