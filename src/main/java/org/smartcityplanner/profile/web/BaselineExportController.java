package org.smartcityplanner.profile.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The province's baselines as CSV or XLSX, for every member of the province. The columns are those the import
 * reads (plus the indicator's name and unit, which the import ignores), so an exported file can be corrected and
 * uploaded again.
 */
@Controller
class BaselineExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	private static final List<String> HEADER = List.of("indicator_code", "indicator_name", "area", "year", "value",
			"unit", "source", "note");

	private final ProfileUseCases profile;
	private final ReferenceApi reference;
	private final MessageSource messages;

	BaselineExportController(ProfileUseCases profile, ReferenceApi reference, MessageSource messages) {
		this.profile = profile;
		this.reference = reference;
		this.messages = messages;
	}

	@GetMapping("/p/{provinceCode}/baselines.csv")
	ResponseEntity<byte[]> csv(@PathVariable String provinceCode, Locale locale) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		return download(BaselineSheets.csv(HEADER, rows(province, locale)),
				new MediaType("text", "csv", StandardCharsets.UTF_8), fileName(province, "csv"));
	}

	@GetMapping("/p/{provinceCode}/baselines.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String provinceCode, Locale locale) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		return download(BaselineSheets.xlsx("baselines", HEADER, rows(province, locale)), XLSX,
				fileName(province, "xlsx"));
	}

	private List<List<Object>> rows(ProvinceCode province, Locale locale) {
		Map<Long, TargetAreaView> areas = profile.areasOf(province).stream()
			.collect(Collectors.toMap(TargetAreaView::id, Function.identity()));
		String wholeProvince = messages.getMessage("baselines.wholeProvince", null, locale);
		List<List<Object>> rows = new ArrayList<>();
		for (IndicatorBaseline b : profile.baselinesOf(province)) {
			Indicator indicator = reference.indicator(b.indicatorCode()).orElse(null);
			TargetAreaView area = b.areaId() == null ? null : areas.get(b.areaId());
			List<Object> row = new ArrayList<>();
			row.add(b.indicatorCode());
			row.add(indicator == null ? null : indicator.name().in(locale));
			row.add(area == null ? wholeProvince : area.name().in(locale));
			row.add(b.year());
			row.add(b.value());
			row.add(indicator == null ? null : indicator.unit().in(locale));
			row.add(b.source());
			row.add(b.note());
			rows.add(row);
		}
		return rows;
	}

	private static String fileName(ProvinceCode province, String extension) {
		return "baselines-" + province.value() + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}
}
