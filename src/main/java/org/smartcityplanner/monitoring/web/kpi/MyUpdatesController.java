package org.smartcityplanner.monitoring.web.kpi;

import java.io.IOException;

import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.monitoring.domain.kpi.FieldRefused;
import org.smartcityplanner.monitoring.internal.kpi.FollowUpQueries;
import org.smartcityplanner.monitoring.internal.kpi.ImportResult;
import org.smartcityplanner.monitoring.internal.kpi.KpiImportService;
import org.smartcityplanner.monitoring.internal.kpi.ValueService;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My updates": the KPIs the signed-in user owns with what is due in open periods, a form per KPI, and the bulk
 * update by template. A refused value keeps what the user typed and names the field.
 */
@Controller
class MyUpdatesController {

	private final FollowUpQueries queries;
	private final ValueService values;
	private final KpiImportService imports;
	private final IdentityApi identity;

	MyUpdatesController(FollowUpQueries queries, ValueService values, KpiImportService imports, IdentityApi identity) {
		this.queries = queries;
		this.values = values;
		this.imports = imports;
		this.identity = identity;
	}

	@GetMapping("/p/{provinceCode}/monitoring/my-updates")
	String myUpdates(@PathVariable String provinceCode, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		long userId = identity.currentUser().orElseThrow().id();
		model.addAttribute("updates", queries.dueUpdates(province, userId));
		model.addAttribute("thresholds", queries.thresholds(province));
		return "monitoring/my-updates";
	}

	@PostMapping("/p/{provinceCode}/monitoring/my-updates/{periodId}/{kpiId}")
	String submit(@PathVariable String provinceCode, @PathVariable long periodId, @PathVariable String kpiId,
			@RequestParam(required = false) String value, @RequestParam(required = false) String source,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		try {
			values.submit(province, periodId, kpiId, value, source, note);
			Flash.success(redirect, "monitoring.kpi.submitted");
		}
		catch (FieldRefused e) {
			Flash.error(redirect, e);
			redirect.addFlashAttribute("refused", new Refused(periodId, kpiId, e.field(), value, source, note));
		}
		catch (InvalidInputException e) {
			Flash.error(redirect, e);
		}
		catch (OptimisticLockingFailureException e) {
			Flash.conflict(redirect);
		}
		return "redirect:/p/" + province.value() + "/monitoring/my-updates#kpi-" + periodId + "-" + kpiId;
	}

	@GetMapping("/p/{provinceCode}/monitoring/my-updates/template.csv")
	ResponseEntity<byte[]> templateCsv(@PathVariable String provinceCode) {
		byte[] body = Templates.csv(imports.templateRows(ProvinceCode.of(provinceCode)));
		return download(body, "kpi-updates.csv", "text/csv;charset=UTF-8");
	}

	@GetMapping("/p/{provinceCode}/monitoring/my-updates/template.xlsx")
	ResponseEntity<byte[]> templateXlsx(@PathVariable String provinceCode) {
		byte[] body = Templates.xlsx(imports.templateRows(ProvinceCode.of(provinceCode)));
		return download(body, "kpi-updates.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@PostMapping("/p/{provinceCode}/monitoring/my-updates/import")
	String importFile(@PathVariable String provinceCode, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		String back = "redirect:/p/" + province.value() + "/monitoring/my-updates";
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException("monitoring.kpi.import.file.required");
			}
			ImportResult result = imports.importFile(province, file.getOriginalFilename(), file.getBytes());
			if (result.refused()) {
				redirect.addFlashAttribute("importErrors", result.errors());
				return back + "#import";
			}
			redirect.addFlashAttribute("flashSuccess", "monitoring.kpi.import.saved");
			redirect.addFlashAttribute("importedCount", result.saved());
		}
		catch (InvalidInputException e) {
			Flash.error(redirect, e);
		}
		catch (IOException e) {
			redirect.addFlashAttribute("flashError", "monitoring.kpi.import.file.unreadable");
		}
		return back;
	}

	private static ResponseEntity<byte[]> download(byte[] body, String name, String type) {
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.contentType(MediaType.parseMediaType(type)).body(body);
	}

	/** What the user typed into a refused form, shown again with the field marked. */
	record Refused(long periodId, String kpiId, String field, String value, String source, String note)
			implements java.io.Serializable {

		public boolean isFor(long period, String kpi) {
			return periodId == period && kpiId.equals(kpi);
		}
	}
}
