package org.smartcityplanner.identity.web;

import jakarta.validation.Valid;

import org.smartcityplanner.identity.NewUser;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityService;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin pages: list accounts, create them, change roles and provinces, disable them.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminUserController {

	private final IdentityService accounts;
	private final ReferenceApi reference;

	AdminUserController(IdentityService accounts, ReferenceApi reference) {
		this.accounts = accounts;
		this.reference = reference;
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("users", accounts.allUsers());
		return "admin/users";
	}

	@GetMapping("/admin/users/new")
	String newUser(Model model) {
		model.addAttribute("userForm", new UserForm());
		return form(model, null);
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		checkProvinces(form, errors);
		if (form.getPassword() == null || form.getPassword().length() < 10) {
			errors.rejectValue("password", "validation.password.length");
		}
		if (!errors.hasFieldErrors("username") && accounts.usernameTaken(form.getUsername())) {
			errors.rejectValue("username", "validation.username.taken");
		}
		if (errors.hasErrors()) {
			return form(model, null);
		}
		var created = accounts.createUser(new NewUser(form.getUsername(), form.getDisplayName(), form.getEmail(),
				form.getPassword(), form.getRoles(), form.provinceCodes(), false));
		redirect.addFlashAttribute("flashSuccess", "admin.users.created");
		return "redirect:/admin/users/" + created.id();
	}

	@GetMapping("/admin/users/{userId}")
	String edit(@PathVariable long userId, Model model) {
		var user = accounts.user(userId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("userForm", UserForm.of(user));
		return form(model, userId);
	}

	@PostMapping("/admin/users/{userId}")
	String update(@PathVariable long userId, @Valid @ModelAttribute("userForm") UserForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		var existing = accounts.user(userId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		// the username cannot change; whatever the request says about it is ignored
		form.setUsername(existing.username());
		checkProvinces(form, errors);
		if (errors.getErrorCount() > errors.getFieldErrorCount("username")) {
			return form(model, userId);
		}
		try {
			accounts.updateUser(userId, form.getVersion(), form.getDisplayName(), form.getEmail(), form.getRoles(),
					form.provinceCodes(), form.isEnabled());
		}
		catch (OptimisticLockingFailureException e) {
			model.addAttribute("conflict", accounts.user(userId).orElseThrow());
			errors.reject("admin.users.conflict");
			return form(model, userId);
		}
		redirect.addFlashAttribute("flashSuccess", "admin.users.saved");
		return "redirect:/admin/users/" + userId;
	}

	private void checkProvinces(UserForm form, BindingResult errors) {
		boolean unknown = form.getProvinces().stream()
			.anyMatch(raw -> !ProvinceCode.isValid(raw) || reference.province(ProvinceCode.of(raw)).isEmpty());
		if (unknown) {
			errors.rejectValue("provinces", "validation.province.unknown");
		}
	}

	private String form(Model model, Long userId) {
		model.addAttribute("userId", userId);
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("allProvinces", reference.provinces());
		return "admin/user-form";
	}
}
