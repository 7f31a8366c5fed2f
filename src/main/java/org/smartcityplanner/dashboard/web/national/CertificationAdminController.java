package org.smartcityplanner.dashboard.web.national;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.dashboard.internal.national.Certification;
import org.smartcityplanner.dashboard.internal.national.CertificationRegister;
import org.smartcityplanner.dashboard.internal.national.NationalStore;
import org.smartcityplanner.dashboard.internal.national.ProvinceTiles;
import org.smartcityplanner.reference.Province;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The institute keeps the certification register: which target areas hold the mark, since when, renewed when. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CertificationAdminController {

	private static final String LIST = "/admin/national/certifications";

	private final CertificationRegister register;
	private final NationalStore store;
	private final ProvinceTiles provinces;
	private final NationalMessages messages;

	CertificationAdminController(CertificationRegister register, NationalStore store, ProvinceTiles provinces,
			NationalMessages messages) {
		this.register = register;
		this.store = store;
		this.provinces = provinces;
		this.messages = messages;
	}

	@GetMapping(LIST)
	String list(Model model) {
		model.addAttribute("entries", register.all());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CertificationForm.EMPTY);
		}
		return page(model, null);
	}

	@GetMapping(LIST + "/{id}")
	String edit(@PathVariable long id, Model model) {
		Certification entry = register.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CertificationForm.of(entry));
		}
		return page(model, entry);
	}

	@PostMapping(LIST)
	String create(CertificationForm form, RedirectAttributes redirect) {
		return messages.change(redirect, LIST, LIST, form, () -> register.create(form.input()));
	}

	@PostMapping(LIST + "/{id}")
	String update(@PathVariable long id, CertificationForm form, RedirectAttributes redirect) {
		return messages.change(redirect, LIST, LIST + "/" + id, form,
				() -> register.update(id, form.input(), form.version()));
	}

	@PostMapping(LIST + "/{id}/delete")
	String delete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return messages.change(redirect, LIST, LIST + "/" + id, null, () -> register.delete(id, version));
	}

	private String page(Model model, Certification editing) {
		model.addAttribute("editing", editing);
		List<NationalStore.AreaRow> areas = store.areas();
		model.addAttribute("areasByProvince", areasByProvince(areas));
		Map<Long, NationalStore.AreaRow> byId = new LinkedHashMap<>();
		areas.forEach(area -> byId.put(area.id(), area));
		model.addAttribute("areaNames", byId);
		model.addAttribute("provinceNames", provinces.provinces().stream()
			.collect(java.util.stream.Collectors.toMap(province -> province.code().value(), Province::name)));
		return "dashboard/certifications";
	}

	/** The areas the read model knows, grouped under their province's name for the select's option groups. */
	private Map<Province, List<NationalStore.AreaRow>> areasByProvince(List<NationalStore.AreaRow> areas) {
		Map<String, List<NationalStore.AreaRow>> byCode = new LinkedHashMap<>();
		areas.forEach(area -> byCode.computeIfAbsent(area.province().value(), code -> new java.util.ArrayList<>())
			.add(area));
		Map<Province, List<NationalStore.AreaRow>> grouped = new LinkedHashMap<>();
		for (Province province : provinces.provinces()) {
			List<NationalStore.AreaRow> ofProvince = byCode.get(province.code().value());
			if (ofProvince != null) {
				grouped.put(province, ofProvince);
			}
		}
		return grouped;
	}
}
