package org.smartcityplanner.participation.web.idea;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The smart dimensions and the province's target areas the staff idea pages name and filter by. */
@Component
class StaffIdeaChoices {

	private final ReferenceApi reference;
	private final ProfileApi profile;

	StaffIdeaChoices(ReferenceApi reference, ProfileApi profile) {
		this.reference = reference;
		this.profile = profile;
	}

	/** {@code dimensions} and {@code areas} (code or id to item) for the page's names and filter choices. */
	void addTo(Model model, ProvinceCode province) {
		Map<String, ReferenceItem> dimensions = new LinkedHashMap<>();
		reference.items(ReferenceKind.SMART_DIMENSION).forEach(item -> dimensions.put(item.code(), item));
		Map<Long, TargetAreaView> areas = new LinkedHashMap<>();
		profile.areasOf(province).forEach(area -> areas.put(area.id(), area));
		model.addAttribute("dimensions", dimensions);
		model.addAttribute("areas", areas);
	}

	Set<String> dimensionCodes() {
		return reference.items(ReferenceKind.SMART_DIMENSION).stream().map(ReferenceItem::code)
			.collect(Collectors.toSet());
	}

	Set<Long> areaIds(ProvinceCode province) {
		return profile.areasOf(province).stream().map(TargetAreaView::id).collect(Collectors.toSet());
	}
}
