package org.smartcityplanner.training.web;

import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.training.Certificate;
import org.smartcityplanner.training.internal.CertificateUseCases;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public certificate check: a code gives the holder's name and the course, nothing else about them.
 */
@Controller
class VerifyController {

	private final CertificateUseCases certificates;
	private final ReferenceApi reference;

	VerifyController(CertificateUseCases certificates, ReferenceApi reference) {
		this.certificates = certificates;
		this.reference = reference;
	}

	@GetMapping("/verify")
	String verify(@RequestParam(required = false) String code, Model model, HttpServletResponse response) {
		model.addAttribute("code", code == null ? "" : code.strip());
		if (code != null && !code.isBlank()) {
			Certificate certificate = certificates.verify(code).orElse(null);
			if (certificate == null) {
				response.setStatus(HttpStatus.NOT_FOUND.value());
				model.addAttribute("notFound", true);
			}
			else {
				model.addAttribute("certificate", certificate);
				model.addAttribute("province", reference.province(certificate.province()).orElse(null));
			}
		}
		return "training/verify";
	}
}
