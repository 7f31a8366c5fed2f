package org.smartcityplanner.participation.web.idea;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.reference.Province;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * What the idea pages offer to choose from and how they name it: the smart dimensions and the province's target
 * areas in the reader's language, and the province a public address names.
 */
@Component
class IdeaChoices {

	private final ReferenceApi reference;
	private final ProfileApi profile;

	IdeaChoices(ReferenceApi reference, ProfileApi profile) {
		this.reference = reference;
		this.profile = profile;
	}

	/** One option of a select. */
	record Choice(String value, String label) {
	}

	/** The province a public address names; empty for a code no province has (the page answers 404). */
	Optional<Province> province(String rawCode) {
		return rawCode != null && ProvinceCode.isValid(rawCode) ? reference.province(ProvinceCode.of(rawCode))
				: Optional.empty();
	}

	List<Choice> dimensions(Locale language) {
		return reference.items(ReferenceKind.SMART_DIMENSION).stream()
			.map(d -> new Choice(d.code(), d.name().in(language))).toList();
	}

	List<Choice> areas(ProvinceCode province, Locale language) {
		return profile.areasOf(province).stream().map(a -> new Choice(String.valueOf(a.id()), a.name().in(language)))
			.toList();
	}

	/** Dimension names by code. */
	Map<String, String> dimensionNames(Locale language) {
		Map<String, String> names = new LinkedHashMap<>();
		reference.items(ReferenceKind.SMART_DIMENSION).forEach((ReferenceItem d) -> names.put(d.code(), d.name().in(language)));
		return names;
	}
}
