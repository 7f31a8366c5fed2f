package org.smartcityplanner.reports.book;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.smartcityplanner.documents.Block;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.PlanVersionSummary;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanSections;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.plan.model.alignment.AlignmentAnalysis;
import org.smartcityplanner.plan.model.alignment.NationalCatalogue;
import org.smartcityplanner.plan.model.readiness.ReadinessCheck;
import org.smartcityplanner.plan.model.readiness.ParticipationFacts;
import org.smartcityplanner.plan.model.readiness.ReadinessContext;
import org.smartcityplanner.profile.AreaBoundary;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.ContextParts;
import org.smartcityplanner.profile.SwotLists;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;

/** A small book input without Spring, and the real message bundles as the book's words. */
final class BookFixtures {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-65");

	private BookFixtures() {
	}

	static BookInput input(Map<String, List<Block>> contributed) {
		Project project = PlanFixtures.project("ระบบติดตามคุณภาพอากาศแบบเรียลไทม์");
		Strategy strategy = new Strategy(PlanFixtures.strategy("ลดฝุ่น").id(), "ลดฝุ่น PM2.5", "", List.of(project), null);
		Goal goal = PlanFixtures.goal("ENV", "อากาศสะอาด");
		goal = new Goal(goal.id(), goal.dimension(), goal.title(), "คุณภาพอากาศดีตลอดปี", List.of(strategy),
				goal.alignment());
		Kpi kpi = PlanFixtures.kpi(goal.id(), "ค่าเฉลี่ยฝุ่น PM2.5 รายปี");
		PlanDocument plan = new PlanDocument(PROVINCE.value(), "แผนแม่บทเมืองอัจฉริยะพิษณุโลก", PlanFixtures.PERIOD,
				"เมืองน่าอยู่ อัจฉริยะ", List.of("พัฒนาคุณภาพชีวิต"), List.of(goal), List.of(kpi),
				new PlanSections("โครงข่ายใยแก้วนำแสง", "", "", "", "", "", "", "", ""));
		TargetAreaView area = new TargetAreaView(1, PROVINCE, new LocalizedText("เทศบาลนครพิษณุโลก", "Phitsanulok City"),
				AreaType.OLD_TOWN, org.smartcityplanner.profile.CityType.LIVEABLE_CITY, 65_000, new BigDecimal("18.26"), "เมืองสุขภาพ", List.of("ENV", "LIV"), true, 1);
		String square = """
				{"type":"Polygon","coordinates":[[[100.24,16.80],[100.30,16.80],[100.30,16.85],[100.24,16.85],[100.24,16.80]]]}""";
		List<ReferenceItem> items = new ArrayList<>();
		String[][] dims = { { "ENV", "สิ่งแวดล้อมอัจฉริยะ" }, { "ECO", "เศรษฐกิจอัจฉริยะ" }, { "LIV", "การดำรงชีวิตอัจฉริยะ" } };
		for (int i = 0; i < dims.length; i++) {
			items.add(new ReferenceItem(ReferenceKind.SMART_DIMENSION, dims[i][0], i + 1,
					new LocalizedText(dims[i][1], dims[i][0]), null, true, ""));
		}
		var catalogue = new NationalCatalogue(List.of("NS2", "NS5"), List.of("MP06"), List.of("M08"), List.of("SDG7", "SDG11"), List.of(), java.util.Set.of("ENV", "ECO", "LIV"));
		return new BookInput(new LocalizedText("พิษณุโลก", "Phitsanulok"),
				new PlanVersionSummary(12, "ฉบับเสนอคณะกรรมการ", Instant.parse("2026-11-20T03:00:00Z"), "consultant"),
				plan, List.of(area), List.of(new AreaBoundary(area, square)),
				new ContextParts("เศรษฐกิจการเกษตร", "", "", "", ""),
				new SwotLists(List.of("ที่ตั้งเป็นศูนย์กลาง"), List.of(), List.of(), List.of()), List.of(), items,
				ReadinessCheck.standard().run(plan, ReadinessContext.withDefaults(Map.of(), ParticipationFacts.NONE)),
				AlignmentAnalysis.of(plan, catalogue), contributed);
	}

	/** The application's own messages (Thai or English), read without Spring. */
	static BookTexts texts(DocumentLanguage language) {
		Properties messages = new Properties();
		String file = language == DocumentLanguage.THAI ? "/messages_th.properties" : "/messages_en.properties";
		try (var in = BookFixtures.class.getResourceAsStream(file)) {
			messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return new BookTexts() {
			@Override
			public String get(String key, Object... args) {
				String pattern = messages.getProperty(key, key);
				return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
			}

			@Override
			public DocumentLanguage language() {
				return language;
			}
		};
	}
}
