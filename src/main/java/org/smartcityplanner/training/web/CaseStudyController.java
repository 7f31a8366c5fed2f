package org.smartcityplanner.training.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.training.CaseStudy;
import org.smartcityplanner.training.CaseStudyDraft;
import org.smartcityplanner.training.FieldProblem;
import org.smartcityplanner.training.internal.CaseStudyUseCases;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case-study library: search by words (Thai word-aware) and smart dimension, read a case, and — for admins
 * and consultants — add one. The search results are an htmx partial so the list updates while typing.
 */
@Controller
class CaseStudyController {

	private final CaseStudyUseCases cases;
	private final ReferenceApi reference;
	private final Problems problems;

	CaseStudyController(CaseStudyUseCases cases, ReferenceApi reference, Problems problems) {
		this.cases = cases;
		this.reference = reference;
		this.problems = problems;
	}

	@GetMapping("/training/cases")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String dimension,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			org.springframework.security.core.Authentication authentication, Model model) {
		String query = q.length() > 200 ? q.substring(0, 200) : q;
		model.addAttribute("q", query);
		model.addAttribute("dimension", dimension);
		model.addAttribute("dimensions", reference.items(ReferenceKind.SMART_DIMENSION));
		model.addAttribute("cases", cases.search(query, dimension));
		model.addAttribute("canAddCases", authentication != null && authentication.getAuthorities().stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN") || a.getAuthority().equals("ROLE_CONSULTANT")));
		return htmx != null ? "training/partials/case-results :: results" : "training/cases";
	}

	@GetMapping("/training/cases/{id}")
	String show(@PathVariable long id, Model model) {
		CaseStudy found = cases.caseStudy(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("item", found);
		model.addAttribute("dimensions", reference.items(ReferenceKind.SMART_DIMENSION));
		return "training/case";
	}

	@GetMapping("/training/cases/new")
	@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT')")
	String newCase(Model model) {
		return page(new CaseForm(), Map.of(), model);
	}

	@PostMapping("/training/cases")
	@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT')")
	String add(CaseForm form, Model model, RedirectAttributes redirect) {
		List<FieldProblem> found = cases.check(form.draft());
		if (!found.isEmpty()) {
			return page(form, problems.byField(found), model);
		}
		CaseStudy saved = cases.add(form.draft());
		redirect.addFlashAttribute("flashSuccess", "training.case.added");
		return "redirect:/training/cases/" + saved.id();
	}

	private String page(CaseForm form, Map<String, List<String>> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("dimensions", reference.items(ReferenceKind.SMART_DIMENSION));
		return "training/case-form";
	}

	/** The case form's fields as typed. */
	static class CaseForm {
		private String titleTh = "";
		private String titleEn = "";
		private String place = "";
		private String country = "";
		private String startYear = "";
		private List<String> dimensions = new ArrayList<>();
		private String summary = "";
		private String whatWorked = "";
		private String whatFailed = "";
		private String why = "";
		private String sources = "";

		CaseStudyDraft draft() {
			return new CaseStudyDraft(titleTh, titleEn, place, country, startYear, dimensions, summary, whatWorked,
					whatFailed, why, sources);
		}

		public String getTitleTh() { return titleTh; }
		public void setTitleTh(String v) { titleTh = v; }
		public String getTitleEn() { return titleEn; }
		public void setTitleEn(String v) { titleEn = v; }
		public String getPlace() { return place; }
		public void setPlace(String v) { place = v; }
		public String getCountry() { return country; }
		public void setCountry(String v) { country = v; }
		public String getStartYear() { return startYear; }
		public void setStartYear(String v) { startYear = v; }
		public List<String> getDimensions() { return dimensions; }
		public void setDimensions(List<String> v) { dimensions = v == null ? new ArrayList<>() : v; }
		public String getSummary() { return summary; }
		public void setSummary(String v) { summary = v; }
		public String getWhatWorked() { return whatWorked; }
		public void setWhatWorked(String v) { whatWorked = v; }
		public String getWhatFailed() { return whatFailed; }
		public void setWhatFailed(String v) { whatFailed = v; }
		public String getWhy() { return why; }
		public void setWhy(String v) { why = v; }
		public String getSources() { return sources; }
		public void setSources(String v) { sources = v; }
	}
}
