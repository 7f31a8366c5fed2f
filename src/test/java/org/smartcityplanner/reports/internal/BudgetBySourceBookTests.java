package org.smartcityplanner.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.ActionItem;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.CellValue;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Heading;
import org.smartcityplanner.documents.Paragraph;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.reports.book.MasterPlanBook;
import org.smartcityplanner.reports.actionplan.ShiftedActionPlanFixtures;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Section 12.1 of the book prints the adopted action plan's budget by source: one row per source that funds it,
 * one column per fiscal year its items fall in (the moved years for a moved project), the sums recomputed here
 * from the action plan's items.
 */
@IntegrationTest
class BudgetBySourceBookTests {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-07");

	@Autowired
	PlanUseCases plans;
	@Autowired
	ActionPlanUseCases actionPlans;
	@Autowired
	org.smartcityplanner.profile.internal.ProfileUseCases profile;
	@Autowired
	BookInputLoader loader;
	@Autowired
	MessageSource messages;

	private DocumentModel book() {
		ShiftedActionPlanFixtures.adopted(plans, profile, actionPlans, PROVINCE);
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("book.tester",
				"n/a", List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		long version;
		try {
			version = plans.saveVersion(PROVINCE, "ฉบับทดสอบ 12.1").id();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		MessageBookTexts texts = new MessageBookTexts(messages, DocumentLanguage.THAI);
		return new MasterPlanBook().build(loader.load(PROVINCE, version, texts), texts, (done, total) -> {
		});
	}

	@Test
	void section121PrintsTheAdoptedPlansSourcesPerYearAndTheirSums() {
		DocumentModel model = book();
		List<?> blocks = model.blocks();
		int heading = indexOfHeading(model, "งบประมาณจำแนกตามแหล่งงบประมาณ");
		assertThat(blocks.get(heading + 1)).isInstanceOf(Paragraph.class);
		assertThat(text((Paragraph) blocks.get(heading + 1))).contains("2 โครงการ").contains("30,000,000.00")
			.contains("สามสิบล้านบาทถ้วน").doesNotContain("ยังไม่มีข้อมูล");
		Table table = (Table) blocks.get(heading + 2);

		Map<FiscalYear, BigDecimal> expected = new TreeMap<>();
		for (ActionItem item : actionPlans.actionItems(PROVINCE)) {
			expected.merge(item.year(), item.funding().getOrDefault("PROV", Baht.ZERO).toBigDecimal(), BigDecimal::add);
		}
		assertThat(expected).hasSize(3);
		List<String> years = table.headerRows().get(1).stream().map(cell -> ((CellValue.Text) cell.value()).text()).toList();
		assertThat(years).containsExactly("2570", "2571", "2572");
		assertThat(table.rows()).hasSize(2);
		List<Cell> prov = table.rows().get(0);
		assertThat(((CellValue.Text) prov.get(0).value()).text()).isEqualTo("งบพัฒนาจังหวัด");
		List<BigDecimal> shown = new ArrayList<>();
		prov.subList(1, prov.size()).forEach(cell -> shown.add(((CellValue.Number) cell.value()).value()));
		List<BigDecimal> wanted = new ArrayList<>(expected.values());
		wanted.add(expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
		assertThat(shown).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(wanted);
		assertThat(wanted).usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("2000000"),
				new BigDecimal("6000000"), new BigDecimal("22000000"), new BigDecimal("30000000"));
		List<Cell> totals = table.rows().get(1);
		assertThat(((CellValue.Number) totals.get(totals.size() - 1).value()).value())
			.isEqualByComparingTo(new BigDecimal("30000000"));
	}

	private static int indexOfHeading(DocumentModel model, String title) {
		for (int i = 0; i < model.blocks().size(); i++) {
			if (model.blocks().get(i) instanceof Heading heading && heading.text().equals(title)) {
				return i;
			}
		}
		throw new AssertionError("no heading " + title);
	}

	private static String text(Paragraph paragraph) {
		return String.join("", paragraph.runs().stream().map(run -> run.text()).toList());
	}
}
