package org.smartcityplanner.identity.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The change-password form.
 *
 * @param currentPassword the password in use now
 * @param newPassword the new password
 * @param confirmPassword the new password again
 */
record PasswordForm(@NotBlank(message = "{validation.required}") String currentPassword,
		@NotBlank(message = "{validation.required}") @Size(min = 10, max = 200, message = "{validation.password.length}") String newPassword,
		String confirmPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

	@AssertTrue(message = "{validation.password.mismatch}")
	public boolean isConfirmed() {
		return newPassword == null || newPassword.equals(confirmPassword);
	}
}
