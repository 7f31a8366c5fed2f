package org.smartcityplanner.dashboard.web.national;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.smartcityplanner.dashboard.domain.BuddhistDates;
import org.smartcityplanner.dashboard.internal.national.NationalOverview;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.CsvCells;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The overview's table as CSV (UTF-8 with byte-order mark so Excel shows Thai, RFC 4180) or XLSX: one line per
 * target area, and one per province without areas. Every text goes through the formula guard: in CSV a leading
 * apostrophe ({@link CsvCells}), in XLSX a quote-prefixed text cell; area names are typed by provinces, so a name
 * starting with "=" must never run. Dates are B.E. day/month/year in Thai, ISO in English.
 */
@Component
class NationalSheets {

	private final NationalMessages messages;
	private final ReferenceApi reference;

	NationalSheets(NationalMessages messages, ReferenceApi reference) {
		this.messages = messages;
		this.reference = reference;
	}

	ResponseEntity<byte[]> csv(NationalOverview overview, Locale locale) {
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append(CsvCells.line(header()));
		rows(overview, locale).forEach(row -> out.append(CsvCells.line(row)));
		return file(out.toString().getBytes(StandardCharsets.UTF_8), "national-overview.csv",
				new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	ResponseEntity<byte[]> xlsx(NationalOverview overview, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(messages.text("national.export.sheet"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle quoted = workbook.createCellStyle();
			quoted.setQuotePrefixed(true);
			write(sheet.createRow(0), header(), quoted);
			sheet.getRow(0).forEach(cell -> cell.setCellStyle(bold));
			List<List<String>> rows = rows(overview, locale);
			for (int r = 0; r < rows.size(); r++) {
				write(sheet.createRow(r + 1), rows.get(r), quoted);
			}
			for (int c = 0; c < header().size(); c++) {
				sheet.setColumnWidth(c, 22 * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return file(out.toByteArray(), "national-overview.xlsx",
					MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(Row row, List<String> values, CellStyle quoted) {
		for (int i = 0; i < values.size(); i++) {
			Cell cell = row.createCell(i);
			String text = values.get(i);
			cell.setCellValue(text);
			if (CsvCells.looksLikeFormula(text)) {
				cell.setCellStyle(quoted);
			}
		}
	}

	private List<String> header() {
		return List.of("code", "province", "region", "provinceStage", "dimensions", "area", "areaStage", "certifiedOn",
				"renewedOn").stream().map(column -> messages.text("national.export." + column)).toList();
	}

	private List<List<String>> rows(NationalOverview overview, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		for (NationalOverview.ProvinceLine line : overview.provinces()) {
			String dimensions = String.join(", ", line.dimensions().stream().map(code -> dimension(code, locale)).toList());
			List<String> province = List.of(line.code().value(), line.name().in(locale), line.region().in(locale),
					messages.stage(line.stage(), locale), dimensions);
			if (line.areas().isEmpty()) {
				rows.add(concat(province, List.of("", "", "", "")));
			}
			for (NationalOverview.AreaLine area : line.areas()) {
				rows.add(concat(province, List.of(area.name().in(locale), messages.stage(area.stage(), locale),
						date(area.certifiedOn(), locale), date(area.renewedOn(), locale))));
			}
		}
		return rows;
	}

	private String dimension(String code, Locale locale) {
		return reference.item(ReferenceKind.SMART_DIMENSION, code).map(ReferenceItem::name).map(name -> name.in(locale))
			.orElse(code);
	}

	private static String date(LocalDate date, Locale locale) {
		if (date == null) {
			return "";
		}
		return "en".equals(locale.getLanguage()) ? date.toString() : BuddhistDates.format(date);
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private static ResponseEntity<byte[]> file(byte[] content, String name, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(type).body(content);
	}
}
