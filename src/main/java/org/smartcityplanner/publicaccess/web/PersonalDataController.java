package org.smartcityplanner.publicaccess.web;

import java.util.Map;

import org.smartcityplanner.publicaccess.Consent;
import org.smartcityplanner.publicaccess.PersonalDataConsents;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The personal link of someone whose data a province keeps (no account): what was agreed, a copy of their data,
 * withdrawal of consent, erasure. Plain forms, no JavaScript; a repeated post changes nothing more.
 */
@Controller
class PersonalDataController {

	private final PersonalDataConsents consents;

	PersonalDataController(PersonalDataConsents consents) {
		this.consents = consents;
	}

	@GetMapping("/my-data/{secret}")
	String page(@PathVariable String secret, Model model, org.springframework.security.web.csrf.CsrfToken csrf) {
		Consent consent = consent(secret);
		// the forms need the token, and a visitor without an account has no session yet: make it before the page
		// is written, since a long page is committed to the client before its forms are reached
		csrf.getToken();
		model.addAttribute("consent", consent);
		model.addAttribute("secret", secret);
		return "publicaccess/my-data";
	}

	/** Where the person lands after erasure: their link no longer works. */
	@GetMapping("/my-data")
	String erased() {
		return "publicaccess/my-data-erased";
	}

	@GetMapping("/my-data/{secret}/data.json")
	ResponseEntity<Map<String, Object>> data(@PathVariable String secret) {
		consent(secret);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-data.json\"")
			.contentType(MediaType.APPLICATION_JSON).body(consents.export(secret));
	}

	@PostMapping("/my-data/{secret}/withdraw")
	String withdraw(@PathVariable String secret, @RequestParam(required = false) String confirm,
			RedirectAttributes redirect) {
		consent(secret);
		if (!"yes".equals(confirm)) {
			redirect.addFlashAttribute("flashError", "publicaccess.withdraw.confirm");
			return "redirect:/my-data/" + secret + "#withdraw";
		}
		consents.withdraw(secret);
		redirect.addFlashAttribute("flashSuccess", "publicaccess.withdraw.done");
		return "redirect:/my-data/" + secret;
	}

	@PostMapping("/my-data/{secret}/erase")
	String erase(@PathVariable String secret, @RequestParam(required = false) String confirm,
			RedirectAttributes redirect) {
		consent(secret);
		if (!"yes".equals(confirm)) {
			redirect.addFlashAttribute("flashError", "publicaccess.erase.confirm");
			return "redirect:/my-data/" + secret + "#erase";
		}
		consents.erase(secret);
		return "redirect:/my-data";
	}

	private Consent consent(String secret) {
		return consents.byLink(secret).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
