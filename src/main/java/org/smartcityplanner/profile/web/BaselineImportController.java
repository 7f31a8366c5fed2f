package org.smartcityplanner.profile.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.smartcityplanner.profile.BaselineImportPreview;
import org.smartcityplanner.profile.BaselineImportResult;
import org.smartcityplanner.profile.BaselineImportRow;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.reference.Indicator;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing baselines from a CSV or XLSX file in two steps: the upload shows a row-by-row preview and saves
 * nothing; a confirmation on the preview saves all rows, or — only when chosen explicitly — the valid rows of a
 * file with errors.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
class BaselineImportController {

	static final String UPLOAD = "profile/baseline-import";
	static final String PREVIEW = "profile/baseline-import-preview";
	/** Shown in messages: the upload limit in MB. */
	static final int MAX_MB = 2;

	private final ProfileUseCases profile;
	private final ReferenceApi reference;

	BaselineImportController(ProfileUseCases profile, ReferenceApi reference) {
		this.profile = profile;
		this.reference = reference;
	}

	@GetMapping("/p/{provinceCode}/baselines/import")
	String uploadForm() {
		return UPLOAD;
	}

	@PostMapping("/p/{provinceCode}/baselines/import")
	String upload(@PathVariable String provinceCode, @RequestParam(required = false) MultipartFile file, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		if (file == null || file.isEmpty()) {
			return refused(model, "baselines.import.file.required");
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		if (file.getSize() > (long) MAX_MB * 1024 * 1024) {
			return refused(model, "baselines.import.file.tooLarge", MAX_MB);
		}
		BaselineImportPreview preview;
		try {
			preview = profile.previewBaselineImport(province, file.getOriginalFilename(), file.getBytes());
		}
		catch (InvalidInputException e) {
			return refused(model, e.messageKey(), e.arguments().toArray());
		}
		catch (IOException e) {
			return refused(model, "baselines.import.file.unreadable");
		}
		return "redirect:/p/" + province.value() + "/baselines/import/" + preview.id();
	}

	@GetMapping("/p/{provinceCode}/baselines/import/{importId}")
	String preview(@PathVariable String provinceCode, @PathVariable String importId,
			@RequestParam(defaultValue = "false") boolean onlyErrors, Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		Optional<BaselineImportPreview> preview = usable(province, importId);
		if (preview.isEmpty()) {
			return gone(province, redirect);
		}
		return showPreview(preview.get(), onlyErrors, model);
	}

	/**
	 * Saves the previewed rows. {@code rows=valid} is the explicit choice to leave out the rows with errors; a
	 * second submit of the same preview saves nothing and says so.
	 */
	@PostMapping("/p/{provinceCode}/baselines/import/{importId}")
	String confirm(@PathVariable String provinceCode, @PathVariable String importId,
			@RequestParam(defaultValue = "all") String rows, Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		BaselineImportResult result;
		try {
			result = profile.confirmBaselineImport(province, importId, "valid".equals(rows));
		}
		catch (NoSuchElementException e) {
			return gone(province, redirect);
		}
		catch (InvalidInputException e) {
			Optional<BaselineImportPreview> preview = usable(province, importId);
			if (preview.isEmpty()) {
				return gone(province, redirect);
			}
			model.addAttribute("confirmError", e);
			return showPreview(preview.get(), false, model);
		}
		redirect.addFlashAttribute("importResult", ImportSaved.of(result));
		return "redirect:/p/" + province.value() + "/baselines";
	}

	/** The preview if the user has one that is confirmed or not yet expired. */
	private Optional<BaselineImportPreview> usable(ProvinceCode province, String importId) {
		return profile.baselineImport(province, importId)
			.filter(p -> p.confirmed() || p.expiresAt().isAfter(Instant.now()));
	}

	private String showPreview(BaselineImportPreview preview, boolean onlyErrors, Model model) {
		model.addAttribute("preview", preview);
		model.addAttribute("indicators", reference.indicators().stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity())));
		model.addAttribute("areaById", profile.areasOf(preview.province()).stream()
			.collect(Collectors.toMap(TargetAreaView::id, Function.identity())));
		model.addAttribute("onlyErrors", onlyErrors && preview.hasErrors());
		model.addAttribute("shownRows", (onlyErrors && preview.hasErrors()
				? preview.rows().stream().filter(row -> !row.saveable()) : preview.rows().stream())
			.map(row -> new PreviewRow(row, row.draft() == null ? null : BaselineNumbers.format(row.draft().value())))
			.toList());
		return PREVIEW;
	}

	private static String refused(Model model, String messageKey, Object... args) {
		model.addAttribute("fileError", new InvalidInputException(messageKey, args));
		return UPLOAD;
	}

	private static String gone(ProvinceCode province, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError", "baselines.import.gone");
		return "redirect:/p/" + province.value() + "/baselines/import";
	}

	/**
	 * A row of the preview with the value it would save formatted for reading.
	 *
	 * @param row the checked row
	 * @param value e.g. {@code 1,234.5}; {@code null} for a row with errors, which shows its cell as typed
	 */
	record PreviewRow(BaselineImportRow row, String value) {
	}

	/**
	 * What a confirmation saved, for the baselines page after the redirect. A flash attribute lives in the session,
	 * which is stored in the database, so it must be serializable.
	 */
	record ImportSaved(int inserted, int updated, int skipped, boolean alreadyConfirmed) implements Serializable {

		static ImportSaved of(BaselineImportResult result) {
			return new ImportSaved(result.inserted(), result.updated(), result.skipped(), result.alreadyConfirmed());
		}
	}
}
