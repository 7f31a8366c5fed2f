package org.smartcityplanner.identity.web;

import jakarta.validation.Valid;

import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.internal.ApiTokenService;
import org.smartcityplanner.identity.internal.IdentityService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own page: change password, personal API tokens.
 */
@Controller
class AccountController {

	private final IdentityApi identity;
	private final IdentityService accounts;
	private final ApiTokenService tokens;

	AccountController(IdentityApi identity, IdentityService accounts, ApiTokenService tokens) {
		this.identity = identity;
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@GetMapping("/account")
	String account(Model model) {
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", PasswordForm.empty());
		}
		return page(model);
	}

	@PostMapping("/account/password")
	String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return page(model);
		}
		if (!accounts.changeOwnPassword(me().id(), form.currentPassword(), form.newPassword())) {
			errors.rejectValue("currentPassword", "validation.password.wrongCurrent");
			return page(model);
		}
		redirect.addFlashAttribute("flashSuccess", "account.password.changed");
		return "redirect:/account";
	}

	@PostMapping("/account/tokens")
	String createToken(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		String trimmed = name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			redirect.addFlashAttribute("flashError", "account.tokens.nameInvalid");
			return "redirect:/account";
		}
		redirect.addFlashAttribute("newTokenSecret", tokens.create(me().id(), trimmed));
		redirect.addFlashAttribute("flashSuccess", "account.tokens.created");
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{tokenId}/revoke")
	String revokeToken(@PathVariable long tokenId, RedirectAttributes redirect) {
		boolean revoked = tokens.revoke(me().id(), tokenId);
		redirect.addFlashAttribute(revoked ? "flashSuccess" : "flashError",
				revoked ? "account.tokens.revoked" : "account.tokens.notFound");
		return "redirect:/account";
	}

	private String page(Model model) {
		CurrentUser me = me();
		model.addAttribute("account", accounts.user(me.id()).orElseThrow());
		model.addAttribute("tokens", tokens.list(me.id()));
		return "identity/account";
	}

	private CurrentUser me() {
		return identity.currentUser().orElseThrow();
	}
}
