package org.smartcityplanner.engagement.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.smartcityplanner.engagement.EngagementStatus;
import org.smartcityplanner.engagement.domain.progress.Health;
import org.smartcityplanner.engagement.internal.progress.EngagementProgress;
import org.smartcityplanner.engagement.internal.progress.ProgressReadModel;
import org.smartcityplanner.reference.Province;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.CsvCells;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The institute's portfolio: every engagement with its progress and health, filtered by status and region, and
 * the same table as CSV.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PortfolioController {

	private final ProgressReadModel progress;
	private final ReferenceApi reference;
	private final MessageSource messages;

	PortfolioController(ProgressReadModel progress, ReferenceApi reference, MessageSource messages) {
		this.progress = progress;
		this.reference = reference;
		this.messages = messages;
	}

	/**
	 * A portfolio line: the engagement's progress and its province.
	 *
	 * @param progress the figures
	 * @param province the province, or {@code null} when the reference data no longer has it
	 */
	record Line(EngagementProgress progress, Province province) {
	}

	@GetMapping("/admin/engagements/portfolio")
	String portfolio(@RequestParam(required = false) String status, @RequestParam(required = false) String region,
			Model model) {
		model.addAttribute("lines", lines(status, region));
		model.addAttribute("status", parseStatus(status) == null ? "" : status);
		model.addAttribute("region", region == null ? "" : region);
		model.addAttribute("regions", reference.provinces().stream()
			.collect(Collectors.toMap(Province::regionCode, Province::region, (a, b) -> a, java.util.TreeMap::new)));
		model.addAttribute("lagPoints", Health.LAG_POINTS);
		return "engagement/portfolio";
	}

	@GetMapping("/admin/engagements/portfolio.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String status,
			@RequestParam(required = false) String region, Locale locale) {
		StringBuilder text = new StringBuilder("\uFEFF"); // a BOM so spreadsheet programs read the Thai as UTF-8
		text.append(CsvCells.line(List.of("engagement_id", "province_code", "province", "region", "title",
				"start_date", "end_date", "status", "days_elapsed", "days_total", "deliverables_done", "deliverables",
				"late", "due_soon", "team_size", "team_lead", "health")));
		for (Line line : lines(status, region)) {
			EngagementProgress p = line.progress();
			List<String> cells = new ArrayList<>(List.of(String.valueOf(p.id()), p.province().value(),
					line.province() == null ? "" : line.province().name().in(locale),
					line.province() == null ? "" : line.province().region().in(locale), p.title(),
					p.startDate().toString(), p.endDate().toString(),
					messages.getMessage("engagement.status." + p.status(), null, locale),
					String.valueOf(p.daysElapsed()), String.valueOf(p.totalDays()), String.valueOf(p.deliverablesDone()),
					String.valueOf(p.deliverables()), String.valueOf(p.late()), String.valueOf(p.dueSoon()),
					String.valueOf(p.teamSize()), p.leadName(),
					messages.getMessage("engagement.health." + p.health(), null, locale)));
			text.append(CsvCells.line(cells));
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"engagement-portfolio.csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private List<Line> lines(String status, String region) {
		Map<String, Province> provinces = reference.provinces().stream()
			.collect(Collectors.toMap(p -> p.code().value(), Function.identity()));
		return progress.all(parseStatus(status), LocalDate.now(EngagementPageController.BANGKOK)).stream()
			.map(p -> new Line(p, provinces.get(p.province().value())))
			.filter(line -> region == null || region.isBlank()
					|| (line.province() != null && line.province().regionCode().equals(region)))
			.toList();
	}

	/** An unknown status shows every engagement rather than an error: it is a filter, not data being saved. */
	private static EngagementStatus parseStatus(String status) {
		for (EngagementStatus known : EngagementStatus.values()) {
			if (known.name().equals(status)) {
				return known;
			}
		}
		return null;
	}
}
