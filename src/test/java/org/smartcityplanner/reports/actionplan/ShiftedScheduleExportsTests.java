package org.smartcityplanner.reports.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.ActionItem;
import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.OptimiserRun;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.SelectedProject;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.reports.internal.ActionPlanExportsUseCases;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Where the adopted run moved a project's start, its costs move with its funding: every row of every year sheet
 * costs what it is funded, and the cost is the budget sheet's line of the year the run moved it from (recomputed
 * here from the run's own start year and input window, not from the workbook code).
 */
@IntegrationTest
class ShiftedScheduleExportsTests {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-07");

	@Autowired
	PlanUseCases plans;
	@Autowired
	ActionPlanUseCases actionPlans;
	@Autowired
	org.smartcityplanner.profile.internal.ProfileUseCases profile;
	@Autowired
	ActionPlanExportsUseCases exports;

	private OptimiserRun run;

	@BeforeEach
	void adopted() {
		run = ShiftedActionPlanFixtures.adopted(plans, profile, actionPlans, PROVINCE);
	}

	private String drainageId() {
		return actionPlans.projects(PROVINCE).stream().filter(p -> p.name().equals(ShiftedActionPlanFixtures.DRAINAGE))
			.findFirst().orElseThrow().id();
	}

	/** The shift from the run itself: chosen start year less the first year of the cost profile it was given. */
	private int shiftFromRun(String projectId) {
		SelectedProject selected = run.result().selected().stream().filter(s -> s.projectId().equals(projectId))
			.findFirst().orElseThrow();
		Candidate candidate = run.inputs().problem().candidates().stream()
			.filter(c -> c.projectId().equals(projectId)).findFirst().orElseThrow();
		return selected.startYear() - candidate.earliestStart();
	}

	@Test
	void theRunMovedTheDrainageProjectAYearAndTheApiSaysSo() {
		String drainage = drainageId();
		assertThat(shiftFromRun(drainage)).isEqualTo(1);
		List<ActionItem> items = actionPlans.actionItems(PROVINCE).stream()
			.filter(item -> item.projectId().equals(drainage)).toList();
		assertThat(items).extracting(item -> item.year().buddhistYear()).containsExactly(2571, 2572);
		assertThat(items).allSatisfy(item -> assertThat(item.shiftYears()).isEqualTo(1));
		assertThat(items).extracting(item -> item.budgetYear().buddhistYear()).containsExactly(2570, 2571);
	}

	@Test
	void everyRowOfEveryYearSheetCostsWhatItIsFundedAndTheCostIsTheSheetLineOfTheYearItMovedFrom() throws Exception {
		Map<String, CandidateProject> projects = new java.util.HashMap<>();
		actionPlans.projects(PROVINCE).forEach(p -> projects.put(p.name(), p));
		byte[] xlsx = exports.workbook(PROVINCE, DocumentLanguage.THAI, false).content();
		int checkedRows = 0;
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (int year = 2570; year <= 2572; year++) {
				Sheet sheet = book.getSheet("ปีงบ " + year);
				assertThat(sheet).as("sheet of " + year).isNotNull();
				Row titles = sheet.getRow(4);
				int cost = columnOf(titles, "รวมค่าใช้จ่าย");
				int funding = columnOf(titles, "รวมงบประมาณ");
				for (int r = 5; r < sheet.getLastRowNum(); r++) {
					Row row = sheet.getRow(r);
					String name = row.getCell(1).getStringCellValue();
					CandidateProject project = projects.get(name);
					int shift = shiftFromRun(project.id());
					BigDecimal expected = project.budget().sheet().yearTotal(new FiscalYear(year - shift)).toBigDecimal();
					assertThat(money(row.getCell(cost))).as(name + " cost in " + year).isEqualByComparingTo(expected);
					assertThat(money(row.getCell(funding))).as(name + " funding in " + year).isEqualByComparingTo(expected);
					checkedRows++;
				}
				Row totals = sheet.getRow(sheet.getLastRowNum());
				assertThat(money(totals.getCell(cost))).as("totals of " + year)
					.isEqualByComparingTo(money(totals.getCell(funding)));
			}
		}
		assertThat(checkedRows).isEqualTo(3);
		Baht drainage2572 = actionPlans.actionItems(PROVINCE).stream()
			.filter(item -> item.projectId().equals(drainageId()) && item.year().buddhistYear() == 2572)
			.findFirst().orElseThrow().total();
		assertThat(drainage2572).isEqualTo(Baht.of(22_000_000));
	}

	@Test
	void theProvincialFormsNameTheTargetAreasAndAskByCategoryWhatTheSourceGivesInTheMovedYears() throws Exception {
		byte[] docx = exports.proposalForms(PROVINCE, "PROV", DocumentLanguage.THAI, false).orElseThrow().content();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			XWPFTable list = ProposalFormsReading.projectList(document);
			String text = list.getText();
			assertThat(text).contains(ShiftedActionPlanFixtures.OLD_TOWN + ", " + ShiftedActionPlanFixtures.RIVERSIDE);
			// drainage is asked for in the years it was moved to: lights 2 M in 2570, drainage 6 M then 22 M
			XWPFTable years = document.getTables().stream()
				.filter(table -> table.getRow(0).getCell(0).getText().strip().equals("ปีงบประมาณ")).findFirst().orElseThrow();
			assertThat(ProposalFormsReading.amount(years, "2570", 2)).isEqualByComparingTo("2000000");
			assertThat(ProposalFormsReading.amount(years, "2571", 2)).isEqualByComparingTo("6000000");
			assertThat(ProposalFormsReading.amount(years, "2572", 2)).isEqualByComparingTo("22000000");
			assertThat(ProposalFormsReading.amount(years, "รวม", 2)).isEqualByComparingTo("30000000");
			XWPFTable drainage = ProposalFormsReading.categoryTables(document).get(0);
			List<String> drainageYears = drainage.getRow(0).getTableCells().stream().map(cell -> cell.getText().strip())
				.toList();
			assertThat(drainageYears).containsExactly("งบรายจ่าย", "ปีงบ 2571", "ปีงบ 2572", "รวม");
			assertThat(ProposalFormsReading.amount(drainage, "งบลงทุน", 1)).isEqualByComparingTo("6000000");
			assertThat(ProposalFormsReading.amount(drainage, "งบลงทุน", 2)).isEqualByComparingTo("20000000");
			assertThat(ProposalFormsReading.amount(drainage, "งบดำเนินงาน", 2)).isEqualByComparingTo("2000000");
			assertThat(ProposalFormsReading.amount(drainage, "รวม", 3)).isEqualByComparingTo("28000000");
			// each project's category table adds up to its line in the list, and the list to its total
			List<XWPFTable> categories = ProposalFormsReading.categoryTables(document);
			BigDecimal listed = BigDecimal.ZERO;
			for (int p = 0; p < categories.size(); p++) {
				XWPFTableRow line = list.getRow(1 + p);
				BigDecimal lineTotal = ProposalFormsReading.number(line.getCell(line.getTableCells().size() - 1).getText());
				assertThat(ProposalFormsReading.amount(categories.get(p), "รวม", categories.get(p).getRow(0)
					.getTableCells().size() - 1)).isEqualByComparingTo(lineTotal);
				listed = listed.add(lineTotal);
			}
			assertThat(categories).hasSize(2);
			XWPFTableRow totals = list.getRow(list.getNumberOfRows() - 1);
			assertThat(ProposalFormsReading.number(totals.getCell(totals.getTableCells().size() - 1).getText()))
				.isEqualByComparingTo(listed).isEqualByComparingTo("30000000");
		}
	}

	private static BigDecimal money(org.apache.poi.ss.usermodel.Cell cell) {
		assertThat(cell.getCellType()).isIn(CellType.NUMERIC, CellType.FORMULA);
		return BigDecimal.valueOf(cell.getNumericCellValue());
	}

	private static int columnOf(Row header, String title) {
		for (var cell : header) {
			if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(title)) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + title);
	}
}
