package org.smartcityplanner.identity.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.identity.NewUser;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.identity.internal.IdentityService;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Accounts for admins' scripts. Passwords are write-only.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Users", description = "Accounts (institute admins only)")
class UsersApiController {

	private final IdentityService accounts;
	private final ReferenceApi reference;

	UsersApiController(IdentityService accounts, ReferenceApi reference) {
		this.accounts = accounts;
		this.reference = reference;
	}

	@GetMapping("/api/v1/users")
	@Operation(summary = "List all accounts")
	List<UserSummary> list() {
		return accounts.allUsers();
	}

	@GetMapping("/api/v1/users/{userId}")
	@Operation(summary = "One account")
	UserSummary get(@PathVariable long userId) {
		return accounts.user(userId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@PostMapping("/api/v1/users")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an account")
	UserSummary create(@Valid @RequestBody CreateUserRequest request) {
		if (accounts.usernameTaken(request.username())) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		Set<ProvinceCode> provinces = request.provinces() == null ? Set.of() : request.provinces();
		if (provinces.stream().anyMatch(code -> reference.province(code).isEmpty())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return accounts.createUser(new NewUser(request.username(), request.displayName(), request.email(),
				request.password(), request.roles(), provinces, false));
	}

	/**
	 * A new account.
	 *
	 * @param username sign-in name: letters, digits, dot, dash, underscore
	 * @param displayName full name
	 * @param email e-mail address, optional
	 * @param password initial password, at least 10 characters
	 * @param roles at least one role
	 * @param provinces province memberships, e.g. {@code ["TH-65"]}
	 */
	record CreateUserRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,100}") String username,
			@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 254) String email,
			@NotBlank @Size(min = 10, max = 200) String password, @NotEmpty Set<Role> roles,
			Set<ProvinceCode> provinces) {
	}
}
