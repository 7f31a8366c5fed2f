package org.smartcityplanner.participation.web.process;

import java.nio.charset.StandardCharsets;

import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.eligibility.CodeSheets;
import org.smartcityplanner.participation.internal.eligibility.Eligibility;
import org.smartcityplanner.participation.internal.eligibility.ParticipationCodeService;
import org.smartcityplanner.participation.web.eligibility.CodeBatchIds;
import org.smartcityplanner.participation.web.survey.ProblemMessages;
import org.smartcityplanner.publication.PdfNotAvailableException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who may take part (the process page's rule form) and new batches of participation codes, whose sheet is the
 * answer to the form: the codes exist in plain only while it is made (see
 * {@link org.smartcityplanner.participation.internal.eligibility.ParticipationCodeService}).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
class ParticipantsController {

	private final Eligibility eligibility;
	private final CodeSheets sheets;
	private final ParticipationCodeService codes;
	private final ProblemMessages problems;

	ParticipantsController(Eligibility eligibility, CodeSheets sheets, ParticipationCodeService codes,
			ProblemMessages problems) {
		this.eligibility = eligibility;
		this.sheets = sheets;
		this.codes = codes;
		this.problems = problems;
	}

	@PostMapping("/p/{provinceCode}/participation/process/rule")
	String saveRule(@PathVariable String provinceCode, @RequestParam(required = false) String rule,
			@RequestParam(defaultValue = "0") int ruleVersion, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		try {
			eligibility.save(province, rule, ruleVersion);
			redirect.addFlashAttribute("flashSuccess", "participation.rule.saved");
		}
		catch (InputProblemsException e) {
			redirect.addFlashAttribute("ruleErrors", problems.byField(e.problems()));
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("ruleErrors", problems.single("participation.rule.conflict"));
		}
		return "redirect:/p/" + province.value() + "/participation/process#participants";
	}

	@PostMapping("/p/{provinceCode}/participation/process/codes")
	Object generate(@PathVariable String provinceCode, @RequestParam(required = false) String label,
			@RequestParam(required = false) String count, @RequestParam(defaultValue = "pdf") String format,
			RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		boolean docx = "docx".equals(format);
		try {
			CodeSheets.Sheet sheet = sheets.generate(province, label, number(count), docx);
			String name = "participation-codes-" + province.value() + "-" + sheet.batchId() + (docx ? ".docx" : ".pdf");
			return ResponseEntity.ok()
				.contentType(docx ? MediaType.parseMediaType(
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document") : MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
				.body(sheet.bytes());
		}
		catch (InputProblemsException e) {
			redirect.addFlashAttribute("codeErrors", problems.byField(e.problems()));
		}
		catch (PdfNotAvailableException e) {
			// nothing was stored (the batch is made in the sheet's transaction): the Word sheet still works
			redirect.addFlashAttribute("codeErrors", problems.single("participation.codes.pdfUnavailable"));
		}
		redirect.addFlashAttribute("typedLabel", label == null ? "" : label);
		redirect.addFlashAttribute("typedCount", count == null ? "" : count);
		return "redirect:/p/" + province.value() + "/participation/process#codes";
	}

	/** Withdraws a batch whose sheet was lost (unused codes stop working); a batch of another province is 404. */
	@PostMapping("/p/{provinceCode}/participation/process/codes/{batchId}/withdraw")
	String withdraw(@PathVariable String provinceCode, @PathVariable String batchId, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		boolean before = codes.withdraw(province, CodeBatchIds.parse(batchId)).before();
		redirect.addFlashAttribute("flashSuccess", before ? "code.batch.withdrawnBefore" : "code.batch.withdrawn");
		return "redirect:/p/" + province.value() + "/participation/process#codes";
	}

	/** The count as typed; anything but a whole number is refused by the service's range check, naming the field. */
	private static Integer number(String typed) {
		try {
			return typed == null ? null : Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
