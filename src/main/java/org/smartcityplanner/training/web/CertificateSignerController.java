package org.smartcityplanner.training.web;

import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.FieldProblem;
import org.smartcityplanner.training.internal.CertificateSignerUseCases;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sets who issues and signs a cohort's certificates, from the cohort page. Refused input comes back to the page
 * with the typed values and a message under each field, so nothing typed is lost.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
class CertificateSignerController {

	private final CertificateSignerUseCases signers;
	private final Problems problems;

	CertificateSignerController(CertificateSignerUseCases signers, Problems problems) {
		this.signers = signers;
		this.problems = problems;
	}

	@PostMapping("/p/{provinceCode}/training/{cohortId}/signer")
	String set(@PathVariable String provinceCode, @PathVariable long cohortId,
			@ModelAttribute("signerForm") SignerForm form, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		// the cohort is looked up in the path's province before the input is even checked
		signers.signerOf(province, cohortId);
		List<FieldProblem> found = signers.check(form.signer());
		if (found.isEmpty()) {
			signers.setSigner(province, cohortId, form.signer());
			redirect.addFlashAttribute("flashSuccess", "training.signer.saved");
		}
		else {
			redirect.addFlashAttribute("signerForm", form);
			redirect.addFlashAttribute("signerErrors", problems.byField(found));
		}
		return "redirect:/p/" + province.value() + "/training/" + cohortId + "#signer";
	}
}
