package org.smartcityplanner.profile.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.profile.AreaDetails;
import org.smartcityplanner.profile.AreaDetails.BoundaryChange;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.CityType;
import org.smartcityplanner.profile.ContextParts;
import org.smartcityplanner.profile.InvalidBoundaryException;
import org.smartcityplanner.profile.StrategyDraft;
import org.smartcityplanner.profile.SwotLists;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class ProfileServiceTests {

	static final String SQUARE = """
			{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":
			[[[100.26,16.80],[100.27,16.80],[100.27,16.81],[100.26,16.81],[100.26,16.80]]]}}""";
	static final String BOW_TIE = """
			{"type":"Polygon","coordinates":[[[100.00,16.00],[100.01,16.01],[100.01,16.00],[100.00,16.01],[100.00,16.00]]]}""";

	@Autowired
	ProfileUseCases profile;
	@Autowired
	AuditLog audit;

	@Test
	void anAreaWithABoundaryGetsTheComputedSizeAndIsAudited() {
		ProvinceCode province = new ProvinceCode("TH-35");
		var area = profile.createArea(province, details("ย่านทดสอบ", BoundaryChange.replaceWith(SQUARE)));

		assertThat(area.hasBoundary()).isTrue();
		assertThat(area.areaSqKm()).isEqualByComparingTo("1.180");
		assertThat(area.leadDimensions()).containsExactly("ECO", "MOB");
		assertThat(profile.boundaryOf(province, area.id())).hasValueSatisfying(
				boundary -> assertThat(boundary.geoJson()).startsWith("{\"type\":\"Polygon\""));
		assertThat(audit.latest("target-area", 1)).singleElement()
			.satisfies(entry -> assertThat(entry.after()).contains("\"boundaryPoints\":5").doesNotContain("coordinates"));

		var removed = profile.updateArea(province, area.id(), area.version(),
				details("ย่านทดสอบ", BoundaryChange.REMOVE));
		assertThat(removed.hasBoundary()).isFalse();
		assertThat(removed.areaSqKm()).isEqualByComparingTo("3.5");
	}

	@Test
	void aRefusedBoundarySavesNothing() {
		ProvinceCode province = new ProvinceCode("TH-36");
		var area = profile.createArea(province, details("เดิม", BoundaryChange.replaceWith(SQUARE)));

		assertThatThrownBy(() -> profile.updateArea(province, area.id(), area.version(),
				details("ชื่อใหม่", BoundaryChange.replaceWith(BOW_TIE))))
			.isInstanceOf(InvalidBoundaryException.class);
		assertThatThrownBy(() -> profile.createArea(province, details("ใหม่", BoundaryChange.replaceWith(BOW_TIE))))
			.isInstanceOf(InvalidBoundaryException.class);

		assertThat(profile.areasOf(province)).singleElement().satisfies(kept -> {
			assertThat(kept.name().th()).isEqualTo("เดิม");
			assertThat(kept.version()).isEqualTo(area.version());
		});
	}

	@Test
	void leadDimensionsAreOneToThreeKnownCodes() {
		ProvinceCode province = new ProvinceCode("TH-37");
		for (List<String> wrong : List.of(List.<String>of(), List.of("ECO", "MOB", "ENV", "GOV"), List.of("XYZ"),
				List.of("ECO", "ECO"))) {
			assertThatThrownBy(() -> profile.createArea(province, new AreaDetails(new LocalizedText("x", null),
					AreaType.TOURISM, CityType.NEW_CITY, null, null, "", wrong, BoundaryChange.KEEP)))
				.as(wrong.toString()).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void theContextIsSavedOnceFromEmptyThenOnlyFromTheLatestVersion() {
		ProvinceCode province = new ProvinceCode("TH-38");
		assertThat(profile.contextOf(province).version()).isNull();
		var first = profile.saveContext(province, null, new ContextParts("เศรษฐกิจ", "", "", "", ""));

		assertThatThrownBy(() -> profile.saveContext(province, null, new ContextParts("อื่น", "", "", "", "")))
			.isInstanceOf(OptimisticLockingFailureException.class);
		var second = profile.saveContext(province, first.version(), new ContextParts("ใหม่", "สังคม", "", "", ""));
		assertThatThrownBy(() -> profile.saveContext(province, first.version(), ContextParts.EMPTY))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(profile.contextOf(province).parts().society()).isEqualTo("สังคม");
		assertThat(profile.contextOf(province).updatedBy()).isEqualTo("system");
		assertThat(second.version()).isGreaterThan(first.version());
	}

	@Test
	void aPasteWithOneBadLineSavesNothingAndAGoodOneSavesAll() {
		ProvinceCode province = new ProvinceCode("TH-39");
		profile.addStrategy(province, new StrategyDraft("1", "มีอยู่แล้ว", null, "2566-2570"));

		var refused = profile.importStrategies(province, "2\tสอง\n1\tซ้ำกับที่มี\n3\tสาม", "2566–2570");
		assertThat(refused.succeeded()).isFalse();
		assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
		assertThat(profile.strategiesOf(province)).hasSize(1);

		var imported = profile.importStrategies(province, "2\tสอง\n3\tสาม\tรายละเอียด", "2566-2570");
		assertThat(imported.succeeded()).isTrue();
		assertThat(profile.strategiesOf(province)).extracting(s -> s.code()).containsExactly("1", "2", "3");
		assertThat(profile.strategyByCode(province, "3")).hasValueSatisfying(s -> {
			assertThat(s.description()).isEqualTo("รายละเอียด");
			assertThat(s.planYears()).isEqualTo("2566–2570");
		});
		assertThat(profile.importStrategies(province, "4\tสี่", "ไม่ใช่ปี").problems()).extracting(p -> p.messageKey())
			.containsExactly("profile.strategies.planYears.invalid");
	}

	@Test
	void aStrategyCodeIsUniqueInItsProvince() {
		ProvinceCode province = new ProvinceCode("TH-41");
		var first = profile.addStrategy(province, new StrategyDraft("S1", "หนึ่ง", null, "2566–2570"));
		var second = profile.addStrategy(province, new StrategyDraft("S2", "สอง", null, "2566–2570"));
		assertThatThrownBy(() -> profile.addStrategy(province, new StrategyDraft("s1", "ซ้ำ", null, "2566–2570")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> profile.updateStrategy(province, second.id(), second.version(),
				new StrategyDraft("S1", "ซ้ำ", null, "2566–2570"))).isInstanceOf(IllegalArgumentException.class);
		profile.updateStrategy(province, first.id(), first.version(), new StrategyDraft("S1", "หนึ่ง (แก้)", "x", "2566–2570"));
		profile.deleteStrategy(province, second.id());
		assertThat(profile.strategiesOf(province)).extracting(s -> s.title()).containsExactly("หนึ่ง (แก้)");
		assertThat(profile.addStrategy(new ProvinceCode("TH-42"), new StrategyDraft("S1", "อีกจังหวัด", null,
				"2566–2570")).code()).isEqualTo("S1");
	}

	@Test
	void provinceAndAreaSwotsAreSeparate() {
		ProvinceCode province = new ProvinceCode("TH-43");
		var area = profile.createArea(province, details("ย่าน", BoundaryChange.KEEP));
		profile.saveSwot(province, null, null, new SwotLists(List.of("จังหวัด"), List.of(), List.of(), List.of()));
		var areaSwot = profile.saveSwot(province, area.id(), null,
				new SwotLists(List.of(), List.of("พื้นที่"), List.of(), List.of()));

		assertThat(profile.swotOf(province, null).lists().strengths()).containsExactly("จังหวัด");
		assertThat(profile.swotOf(province, area.id()).lists().weaknesses()).containsExactly("พื้นที่");
		assertThatThrownBy(() -> profile.saveSwot(province, area.id(), null, SwotLists.EMPTY))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(profile.saveSwot(province, area.id(), areaSwot.version(), SwotLists.EMPTY).lists().isEmpty()).isTrue();
		assertThatThrownBy(() -> profile.swotOf(new ProvinceCode("TH-44"), area.id()))
			.isInstanceOfSatisfying(org.smartcityplanner.shared.NotInProvinceException.class,
					refused -> assertThat(refused.field()).isEqualTo("areaId"));
	}

	private static AreaDetails details(String name, BoundaryChange boundary) {
		return new AreaDetails(new LocalizedText(name, "Test"), AreaType.OLD_TOWN, CityType.LIVEABLE_CITY, 1000,
				new BigDecimal("3.5"),
				"เมืองน่าอยู่", List.of("ECO", "MOB"), boundary);
	}
}
