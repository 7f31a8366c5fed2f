package org.smartcityplanner.monitoring.web.project;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.monitoring.internal.project.EmenscrExport;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The project progress in the eMENSCR column layout, as CSV or XLSX, from the projects page and over the API.
 */
@RestController
@PreAuthorize(MonitoringPages.READERS)
@Tag(name = "Monitoring", description = "Project progress against the adopted action plan, eMENSCR export, renewal readiness")
class EmenscrController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final EmenscrExport export;

	EmenscrController(EmenscrExport export) {
		this.export = export;
	}

	@GetMapping({ MonitoringPages.PAGES + "/projects/emenscr", MonitoringPages.API + "/projects/emenscr" })
	@Operation(summary = "Project progress in the eMENSCR column layout (csv or xlsx)")
	ResponseEntity<byte[]> emenscr(@PathVariable String provinceCode,
			@Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "xlsx") String format) {
		var rows = export.rows(ProvinceCode.of(provinceCode));
		String name = "emenscr-" + provinceCode;
		return switch (format) {
			case "csv" -> file(export.csv(rows), new MediaType("text", "csv", StandardCharsets.UTF_8), name + ".csv");
			case "xlsx" -> file(export.xlsx(rows), XLSX, name + ".xlsx");
			default -> throw new InvalidInputException("monitoring.project.export.format", format);
		};
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}
}
