package org.smartcityplanner.profile.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.smartcityplanner.profile.IndicatorBaseline;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.reference.Indicator;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the baselines page and the baseline form need: the baselines grouped by indicator in library order, the
 * indicators grouped by smart dimension for the select, and the province's areas.
 */
@Component
class BaselinesPage {

	static final String LIST = "profile/baselines";
	static final String FORM = "profile/baseline-form";

	private final ProfileUseCases profile;
	private final ReferenceApi reference;

	BaselinesPage(ProfileUseCases profile, ReferenceApi reference) {
		this.profile = profile;
		this.reference = reference;
	}

	/** The list page, showing only one smart dimension's indicators when {@code dimension} is a known code. */
	String list(ProvinceCode province, String dimension, Model model) {
		List<ReferenceItem> dimensions = reference.items(ReferenceKind.SMART_DIMENSION);
		String selected = dimensions.stream().anyMatch(d -> d.code().equals(dimension)) ? dimension : "";
		List<IndicatorBaseline> all = profile.baselinesOf(province);
		model.addAttribute("groups", groups(all, selected));
		model.addAttribute("baselineCount", all.size());
		model.addAttribute("selectedDimension", selected);
		if (!model.containsAttribute("baselineForm")) {
			model.addAttribute("baselineForm", new BaselineForm());
		}
		return formChoices(province, model, LIST);
	}

	/** The edit page of one baseline. */
	String form(ProvinceCode province, IndicatorBaseline baseline, Model model) {
		model.addAttribute("baseline", baseline);
		return formChoices(province, model, FORM);
	}

	private String formChoices(ProvinceCode province, Model model, String view) {
		List<ReferenceItem> dimensions = reference.items(ReferenceKind.SMART_DIMENSION);
		Map<ReferenceItem, List<Indicator>> byDimension = new LinkedHashMap<>();
		dimensions.forEach(d -> byDimension.put(d, reference.indicators(d.code())));
		model.addAttribute("dimensions", dimensions);
		model.addAttribute("indicatorsByDimension", byDimension);
		List<TargetAreaView> areas = profile.areasOf(province);
		model.addAttribute("areas", areas);
		model.addAttribute("areaById", areas.stream().collect(Collectors.toMap(TargetAreaView::id, Function.identity())));
		return view;
	}

	private List<BaselineGroup> groups(List<IndicatorBaseline> baselines, String dimension) {
		Map<String, List<IndicatorBaseline>> byCode = baselines.stream()
			.collect(Collectors.groupingBy(IndicatorBaseline::indicatorCode, LinkedHashMap::new, Collectors.toList()));
		List<BaselineGroup> groups = new ArrayList<>();
		byCode.forEach((code, rows) -> {
			Indicator indicator = reference.indicator(code).orElse(null);
			if (dimension.isEmpty() || (indicator != null && indicator.dimension().equals(dimension))) {
				groups.add(new BaselineGroup(code, indicator,
						rows.stream().map(b -> new BaselineRow(b, BaselineNumbers.format(b.value()))).toList()));
			}
		});
		groups.sort(Comparator.comparingInt(BaselineGroup::sortOrder).thenComparing(BaselineGroup::code));
		return groups;
	}

	/**
	 * The baselines of one indicator.
	 *
	 * @param code the indicator code
	 * @param indicator the library entry, {@code null} if the library no longer has the code
	 * @param rows its baselines, province first, newest year first
	 */
	record BaselineGroup(String code, Indicator indicator, List<BaselineRow> rows) {

		public int sortOrder() {
			return indicator == null ? Integer.MAX_VALUE : indicator.sortOrder();
		}

		public String name(Locale locale) {
			return indicator == null ? code : indicator.name().in(locale);
		}
	}

	/**
	 * One baseline with its value formatted for reading.
	 *
	 * @param baseline the baseline
	 * @param value e.g. {@code 1,234.5}
	 */
	record BaselineRow(IndicatorBaseline baseline, String value) {
	}
}
