package org.smartcityplanner.profile.web;

import org.smartcityplanner.profile.InvalidBoundaryException;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Uploads and removes the province outline shown under the target areas on the map. Refusals come back to the
 * areas page as a message naming the problem; the outline already saved stays as it was.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
class ProvinceOutlineController {

	private final ProfileUseCases profile;

	ProvinceOutlineController(ProfileUseCases profile) {
		this.profile = profile;
	}

	@PostMapping("/p/{provinceCode}/areas/outline")
	String upload(@PathVariable String provinceCode, @RequestParam(name = "outlineFile", required = false) MultipartFile file,
			RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("flashError", "areas.outline.noFile");
			return back(province);
		}
		String text = BoundaryInput.readFile(file, (key, args) -> refuse(redirect, key, args));
		if (text == null) {
			return back(province);
		}
		try {
			profile.replaceProvinceOutline(province, text);
			redirect.addFlashAttribute("flashSuccess", "areas.outline.saved");
		}
		catch (InvalidBoundaryException refused) {
			refuse(redirect, refused.check().problem().messageKey(), refused.check().problemArgs().toArray());
		}
		return back(province);
	}

	@PostMapping("/p/{provinceCode}/areas/outline/delete")
	String remove(@PathVariable String provinceCode, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		profile.removeProvinceOutline(province);
		redirect.addFlashAttribute("flashSuccess", "areas.outline.removed");
		return back(province);
	}

	private static void refuse(RedirectAttributes redirect, String key, Object[] args) {
		redirect.addFlashAttribute("flashError", key);
		redirect.addFlashAttribute("flashErrorArgs", args);
	}

	private static String back(ProvinceCode province) {
		return "redirect:/p/" + province.value() + "/areas#outline";
	}
}
