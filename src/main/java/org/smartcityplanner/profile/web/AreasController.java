package org.smartcityplanner.profile.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.validation.Valid;

import org.smartcityplanner.profile.AreaDetails;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.CityType;
import org.smartcityplanner.profile.InvalidBoundaryException;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.LocalizedText;
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
 * A province's target areas: the map with the table beside it (the table is the non-map view and always
 * shown), one area's page, and the form to add or change one with its boundary. Province scope is enforced
 * before these methods run (ProvinceScopeInterceptor).
 */
@Controller
class AreasController {

	private static final String FORM = "profile/area-form";

	private final ProfileUseCases profile;
	private final ReferenceApi reference;
	private final MapSettings mapSettings;

	AreasController(ProfileUseCases profile, ReferenceApi reference, MapSettings mapSettings) {
		this.profile = profile;
		this.reference = reference;
		this.mapSettings = mapSettings;
	}

	@ModelAttribute("mapSettings")
	MapSettings mapSettings() {
		return mapSettings;
	}

	@GetMapping("/p/{provinceCode}/areas")
	String list(@PathVariable String provinceCode, Model model) {
		var areas = profile.areasOf(ProvinceCode.of(provinceCode));
		model.addAttribute("areas", areas);
		model.addAttribute("anyBoundary", areas.stream().anyMatch(TargetAreaView::hasBoundary));
		model.addAttribute("outline", profile.provinceOutline(ProvinceCode.of(provinceCode)).orElse(null));
		model.addAttribute("maxUploadMb", BoundaryInput.MAX_MB);
		model.addAttribute("dimensions", dimensions());
		return "profile/areas";
	}

	@GetMapping("/p/{provinceCode}/areas/{areaId}")
	String show(@PathVariable String provinceCode, @PathVariable long areaId, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		model.addAttribute("area", find(province, areaId));
		model.addAttribute("swot", profile.swotOf(province, areaId));
		model.addAttribute("dimensions", dimensions());
		return "profile/area";
	}

	@GetMapping("/p/{provinceCode}/areas/new")
	@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
	String newArea(@PathVariable String provinceCode, Model model) {
		model.addAttribute("areaForm", new AreaForm());
		return form(model, null);
	}

	@PostMapping("/p/{provinceCode}/areas")
	@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
	String create(@PathVariable String provinceCode, @Valid @ModelAttribute("areaForm") AreaForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		AreaDetails details = details(form, errors);
		if (details == null) {
			return form(model, null);
		}
		TargetAreaView created;
		try {
			created = profile.createArea(province, details);
		}
		catch (InvalidBoundaryException e) {
			return refused(e, form, errors, model, null);
		}
		redirect.addFlashAttribute("flashSuccess", "areas.created");
		return "redirect:/p/" + province.value() + "/areas/" + created.id();
	}

	@GetMapping("/p/{provinceCode}/areas/{areaId}/edit")
	@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
	String edit(@PathVariable String provinceCode, @PathVariable long areaId, Model model) {
		TargetAreaView area = find(ProvinceCode.of(provinceCode), areaId);
		model.addAttribute("areaForm", AreaForm.of(area));
		return form(model, area);
	}

	@PostMapping("/p/{provinceCode}/areas/{areaId}")
	@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
	String update(@PathVariable String provinceCode, @PathVariable long areaId,
			@Valid @ModelAttribute("areaForm") AreaForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		TargetAreaView area = find(province, areaId);
		AreaDetails details = details(form, errors);
		if (details == null) {
			return form(model, area);
		}
		try {
			profile.updateArea(province, areaId, form.getVersion(), details);
		}
		catch (InvalidBoundaryException e) {
			return refused(e, form, errors, model, area);
		}
		catch (OptimisticLockingFailureException e) {
			TargetAreaView latest = find(province, areaId);
			model.addAttribute("conflict", latest);
			form.setVersion(latest.version());
			errors.reject("areas.conflict");
			return form(model, latest);
		}
		redirect.addFlashAttribute("flashSuccess", "areas.saved");
		return "redirect:/p/" + province.value() + "/areas/" + areaId;
	}

	/** All checks that need more than annotations; {@code null} when anything is wrong. */
	private AreaDetails details(AreaForm form, BindingResult errors) {
		for (String code : form.getLeadDimensions()) {
			if (reference.item(ReferenceKind.SMART_DIMENSION, code).isEmpty()) {
				errors.rejectValue("leadDimensions", "areas.leadDimensions.unknown");
				break;
			}
		}
		AreaDetails.BoundaryChange boundary = BoundaryInput.read(form, errors, profile);
		if (errors.hasErrors() || boundary == null) {
			return null;
		}
		return new AreaDetails(new LocalizedText(form.getNameTh().strip(), blankToNull(form.getNameEn())),
				form.getType(), form.getCityType(), form.getPopulation(), form.getAreaSqKm(), form.getPositioning(),
				form.getLeadDimensions().stream().distinct().toList(), boundary);
	}

	private String refused(InvalidBoundaryException e, AreaForm form, BindingResult errors, Model model,
			TargetAreaView area) {
		String field = form.getBoundaryFile() != null && !form.getBoundaryFile().isEmpty() ? "boundaryFile"
				: "boundaryText";
		errors.rejectValue(field, e.check().problem().messageKey(), e.check().problemArgs().toArray(), null);
		return form(model, area);
	}

	private TargetAreaView find(ProvinceCode province, long areaId) {
		try {
			return profile.area(province, areaId).orElseThrow();
		}
		catch (NoSuchElementException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private String form(Model model, TargetAreaView area) {
		model.addAttribute("area", area);
		model.addAttribute("areaTypes", AreaType.values());
		model.addAttribute("cityTypes", CityType.values());
		model.addAttribute("dimensionItems", reference.items(ReferenceKind.SMART_DIMENSION));
		model.addAttribute("maxUploadBytes", org.smartcityplanner.profile.BoundaryCheck.MAX_CHARS);
		model.addAttribute("maxUploadMb", BoundaryInput.MAX_MB);
		return FORM;
	}

	private Map<String, ReferenceItem> dimensions() {
		Map<String, ReferenceItem> byCode = new LinkedHashMap<>();
		reference.items(ReferenceKind.SMART_DIMENSION).forEach(item -> byCode.put(item.code(), item));
		return byCode;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
