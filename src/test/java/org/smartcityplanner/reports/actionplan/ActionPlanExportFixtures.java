package org.smartcityplanner.reports.actionplan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.actionplan.ActionItem;
import org.smartcityplanner.actionplan.ActionItemStatus;
import org.smartcityplanner.actionplan.ActionPlanFixtures;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * A province with an action plan over two fiscal years: a project whose name starts with "=" (a formula to a
 * spreadsheet) funded by two sources, and a second project funded by two others, amounts with odd satang.
 */
public final class ActionPlanExportFixtures {

	static final String FORMULA_LIKE = "=1+1 ป้ายรถเมล์อัจฉริยะ";
	static final String DATA_CENTRE = "ศูนย์ข้อมูลเมือง";
	static final FiscalYear FY70 = new FiscalYear(2570);
	static final FiscalYear FY71 = new FiscalYear(2571);
	/** What the formula-like project asks of PROV over both years: 2,000,000.33 + 500,000.50. */
	static final Baht PROV_OF_FIRST = new Baht(250_000_083);

	private ActionPlanExportFixtures() {
	}

	/** Creates the plan, budgets and action plan; returns the project ids (formula-like first). */
	public static List<String> actionPlan(PlanUseCases plans, ActionPlanUseCases actionPlans, ProvinceCode province) {
		Map<String, Long> costs = new LinkedHashMap<>();
		costs.put(FORMULA_LIKE, 3_000_000L);
		costs.put(DATA_CENTRE, 200_000L);
		List<String> ids = ActionPlanFixtures.planWithProjects(plans, province, costs);
		String first = ids.get(0);
		String second = ids.get(1);
		actionPlans.saveBudget(province, first, new BudgetSheet(
				Map.of(FY70, Map.of("OPERATING", new Baht(100_000_001), "INVESTMENT", new Baht(234_567_899)), FY71,
						Map.of("OPERATING", new Baht(50_000_050))),
				// a two-year project: local-government money (single-year only) is refused in its split since
				// issue 17, so the split names AGEN; the action items below still take LOCAL money in one year
				ordered("PROV", new Baht(300_000_000), "AGEN", new Baht(84_567_950))));
		actionPlans.saveBudget(province, second, new BudgetSheet(Map.of(FY70, Map.of("PERSONNEL", new Baht(12_345_678))),
				ordered("AGEN", new Baht(12_345_678), null, null)));
		fund(actionPlans, province, actionPlans.addActionItem(province, FY70, first),
				ordered("PROV", new Baht(200_000_033), "LOCAL", new Baht(134_567_967)));
		fund(actionPlans, province, actionPlans.addActionItem(province, FY71, first),
				ordered("PROV", new Baht(50_000_050), null, null));
		fund(actionPlans, province, actionPlans.addActionItem(province, FY70, second),
				ordered("AGEN", new Baht(12_345_677), "PROV", new Baht(1)));
		return ids;
	}

	private static void fund(ActionPlanUseCases actionPlans, ProvinceCode province, long itemId, Map<String, Baht> funding) {
		ActionItem item = actionPlans.actionItems(province).stream().filter(found -> found.id() == itemId)
			.findFirst().orElseThrow();
		actionPlans.updateActionItem(province, itemId, funding, "", ActionItemStatus.PLANNED,
				List.of("", "", "", ""), item.version());
	}

	private static Map<String, Baht> ordered(String source, Baht amount, String other, Baht otherAmount) {
		Map<String, Baht> map = new LinkedHashMap<>();
		map.put(source, amount);
		if (other != null) {
			map.put(other, otherAmount);
		}
		return map;
	}
}
