package org.smartcityplanner.training.web;

import java.io.IOException;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.ImportReport;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.PersonalLinkUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Bulk import of trainees from CSV or XLSX. The answer is the row-by-row report; when a row has an error nothing
 * is saved and the report says what to fix where.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
class ImportController {

	private final CohortUseCases cohorts;
	private final RegistrationUseCases registrations;
	private final PersonalLinkUseCases links;

	ImportController(CohortUseCases cohorts, RegistrationUseCases registrations, PersonalLinkUseCases links) {
		this.cohorts = cohorts;
		this.registrations = registrations;
		this.links = links;
	}

	@GetMapping("/p/{provinceCode}/training/{cohortId}/import")
	String form(@PathVariable String provinceCode, @PathVariable long cohortId, Model model) {
		model.addAttribute("cohort", cohort(ProvinceCode.of(provinceCode), cohortId));
		return "training/import";
	}

	@PostMapping("/p/{provinceCode}/training/{cohortId}/import")
	String upload(@PathVariable String provinceCode, @PathVariable long cohortId,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		cohort(province, cohortId);
		ImportReport report = registrations.importFile(province, cohortId,
				file == null ? null : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes());
		model.addAttribute("report", report);
		// imported trainees have a link nobody has seen yet: the page offers their sheet at once
		model.addAttribute("linksNotHandedOut", links.notHandedOut(province, cohortId));
		model.addAttribute("cohort", cohort(province, cohortId));
		return "training/import";
	}

	private Cohort cohort(ProvinceCode province, long cohortId) {
		return cohorts.cohort(province, cohortId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
