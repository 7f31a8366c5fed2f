package org.smartcityplanner.monitoring.internal.project;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.smartcityplanner.monitoring.domain.project.MoneyLine;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.CsvCells;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The action plan's project progress in the column layout of the national project-tracking system (eMENSCR), as
 * CSV (UTF-8 with a byte-order mark, for Excel) and XLSX. Its exact import layout is not public; the columns follow
 * what its public material describes, with every assumption written down in {@code docs/emenscr-mapping.md}.
 * Always in Thai, the language of the national system. Text a spreadsheet could run as a formula is written with
 * a leading apostrophe (CSV) or as quote-prefixed text (XLSX).
 */
@Component
public class EmenscrExport {

	/** Column headings, in order. */
	public static final List<String> HEADINGS = List.of("ลำดับ", "รหัสโครงการ (ระบบวางแผน)", "ชื่อโครงการ",
			"หน่วยงานรับผิดชอบ", "ยุทธศาสตร์ชาติ", "แผนแม่บทภายใต้ยุทธศาสตร์ชาติ", "มิติเมืองอัจฉริยะ", "ปีงบประมาณ",
			"แหล่งงบประมาณ", "งบประมาณที่ได้รับจัดสรร (บาท)", "งบประมาณที่ก่อหนี้ผูกพัน (บาท)", "ผลการเบิกจ่าย (บาท)",
			"ร้อยละการเบิกจ่าย", "ความก้าวหน้าของโครงการ (ร้อยละ)", "สถานะโครงการ", "ตัวชี้วัดและค่าเป้าหมาย",
			"งวดรายงานล่าสุด");

	private static final Locale THAI = Locale.forLanguageTag("th");

	private final ProjectProgressService progress;
	private final PlanApi plans;
	private final ReferenceApi reference;
	private final MessageSource messages;

	EmenscrExport(ProjectProgressService progress, PlanApi plans, ReferenceApi reference, MessageSource messages) {
		this.progress = progress;
		this.plans = plans;
		this.reference = reference;
		this.messages = messages;
	}

	/** The rows: one per project, fiscal year and budget source of the allocation, in plan then year order. */
	public List<EmenscrRow> rows(ProvinceCode province) {
		PlanDocument plan = plans.plan(province).map(loaded -> loaded.document()).orElse(null);
		List<EmenscrRow> rows = new ArrayList<>();
		for (ProjectProgress project : progress.projects(province)) {
			Project planned = plan == null ? null : plan.projects()
				.filter(p -> p.id().value().equals(project.projectId())).findFirst().orElse(null);
			for (var year : project.allocation().amounts().entrySet()) {
				for (var source : year.getValue().entrySet()) {
					rows.add(row(rows.size() + 1, project, planned, plan, year.getKey(), source.getKey(),
							source.getValue()));
				}
			}
		}
		return rows;
	}

	private EmenscrRow row(int number, ProjectProgress project, Project planned, PlanDocument plan, FiscalYear year,
			String source, Baht allocated) {
		MoneyLine money = project.latest() == null ? null : project.latest().report().money().stream()
			.filter(line -> line.year().equals(year) && line.source().equals(source)).findFirst().orElse(null);
		Baht committed = money == null ? Baht.ZERO : money.committed();
		Baht disbursed = money == null ? Baht.ZERO : money.disbursed();
		String disbursedPercent = allocated.satang() == 0 ? ""
				: disbursed.toBigDecimal().multiply(java.math.BigDecimal.valueOf(100))
					.divide(allocated.toBigDecimal(), 2, java.math.RoundingMode.HALF_UP).toPlainString();
		Set<String> strategies = planned == null ? Set.of() : planned.alignment().nationalStrategies();
		Set<String> masterPlans = planned == null ? Set.of() : planned.alignment().masterPlans();
		return new EmenscrRow(List.of(String.valueOf(number), project.projectId(), project.name(), project.agency(),
				names(ReferenceKind.NATIONAL_STRATEGY, strategies), names(ReferenceKind.NATIONAL_MASTER_PLAN, masterPlans),
				names(ReferenceKind.SMART_DIMENSION, Set.of(project.dimension())), year.toString(),
				names(ReferenceKind.BUDGET_SOURCE, Set.of(source)), allocated.toString(), committed.toString(),
				disbursed.toString(), disbursedPercent, project.latest() == null ? "" : String.valueOf(project.percentComplete()),
				messages.getMessage(project.status() == null ? "monitoring.project.status.none"
						: "monitoring.project.status." + project.status().name(), null, THAI),
				kpis(plan, project.projectId(), year),
				project.latest() == null ? "" : project.latest().report().period().code()));
	}

	private String names(ReferenceKind kind, Set<String> codes) {
		return codes.stream().sorted().map(code -> reference.item(kind, code)
			.map(item -> code + " " + item.name().in(THAI)).orElse(code)).collect(Collectors.joining("; "));
	}

	private static String kpis(PlanDocument plan, String projectId, FiscalYear year) {
		if (plan == null) {
			return "";
		}
		List<Kpi> kpis = plan.kpisOf(new ItemId(projectId));
		return kpis.stream().map(kpi -> {
			var target = kpi.targets().get(year);
			return kpi.name() + (target == null ? "" : " = " + target.toPlainString() + " " + kpi.unit()).stripTrailing();
		}).collect(Collectors.joining("; "));
	}

	/** The rows as CSV. */
	public byte[] csv(List<EmenscrRow> rows) {
		StringBuilder csv = new StringBuilder("\uFEFF").append(CsvCells.line(HEADINGS));
		rows.forEach(row -> csv.append(CsvCells.line(row.cells())));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The rows as one XLSX sheet; money and percentages as numbers. */
	public byte[] xlsx(List<EmenscrRow> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("eMENSCR");
			CellStyle quoted = workbook.createCellStyle();
			quoted.setQuotePrefixed(true);
			Row heading = sheet.createRow(0);
			for (int c = 0; c < HEADINGS.size(); c++) {
				heading.createCell(c).setCellValue(HEADINGS.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<String> cells = rows.get(r).cells();
				for (int c = 0; c < cells.size(); c++) {
					write(row.createCell(c), cells.get(c), NUMERIC.contains(c), quoted);
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Columns written as numbers: number, fiscal year, money and percentages. */
	private static final Set<Integer> NUMERIC = Set.of(0, 7, 9, 10, 11, 12, 13);

	private static void write(Cell cell, String value, boolean numeric, CellStyle quoted) {
		if (numeric && !value.isEmpty()) {
			cell.setCellValue(Double.parseDouble(value));
			return;
		}
		cell.setCellValue(value);
		if (CsvCells.looksLikeFormula(value)) {
			cell.setCellStyle(quoted);
		}
	}

}
