package org.smartcityplanner.profile.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.profile.SwotLists;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

// Rolled back after each test, so the PostgreSQL schema shared by the run stays clean.
@DatabaseTest
@Transactional
class ProfileRepositoryTests {

	@Autowired
	TargetAreaRepository areas;
	@Autowired
	ProvinceContextRepository contexts;
	@Autowired
	StrategyRepository strategies;
	@Autowired
	SwotRepository swots;

	@Test
	void aTargetAreaKeepsABoundaryOfSeveralMegabytesAndItsDimensions() {
		String boundary = "{\"type\":\"Polygon\",\"coordinates\":[[" + "[100.2612345,16.8212345],".repeat(90_000)
				+ "[100.2612345,16.8212345]]]}";
		TargetArea area = new TargetArea();
		area.provinceCode = "TH-30";
		area.nameTh = "พื้นที่ทดสอบ";
		area.areaType = "OLD_TOWN";
		area.areaSqKm = new BigDecimal("7.125");
		area.boundaryGeojson = boundary;
		area.boundaryVertices = 90_001;
		area.leadDimensions(List.of("ENV", "LIV"));
		long id = areas.save(area).id;

		TargetArea loaded = areas.findByIdAndProvinceCode(id, "TH-30").orElseThrow();
		assertThat(boundary.length()).isGreaterThan(2_000_000);
		assertThat(loaded.boundaryGeojson).isEqualTo(boundary);
		assertThat(loaded.leadDimensionList()).containsExactly("ENV", "LIV");
		assertThat(loaded.areaSqKm).isEqualByComparingTo("7.125");
		assertThat(areas.findByIdAndProvinceCode(id, "TH-31")).isEmpty();
		assertThat(areas.existsByIdAndProvinceCode(id, "TH-30")).isTrue();
	}

	@Test
	void aContextSavedFromAStaleCopyFails() {
		ProvinceContextRecord context = new ProvinceContextRecord();
		context.provinceCode = "TH-32";
		context.economy = "เศรษฐกิจ ".repeat(1500);
		context.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
		long id = contexts.save(context).id;

		ProvinceContextRecord first = contexts.findByProvinceCode("TH-32").orElseThrow();
		ProvinceContextRecord second = contexts.findById(id).orElseThrow();
		assertThat(first.economy).isEqualTo(context.economy);
		assertThat(first.updatedAt).isEqualTo(context.updatedAt);
		first.society = "first";
		contexts.save(first);
		second.society = "second";

		assertThatThrownBy(() -> contexts.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void strategiesKeepTheirOrderAndCodesAreFoundWithoutRegardToCase() {
		for (String code : new String[] { "S2", "S1", "S10" }) {
			StrategyRecord strategy = new StrategyRecord();
			strategy.provinceCode = "TH-33";
			strategy.code(code);
			strategy.title = "ยุทธศาสตร์ " + code;
			strategy.planYears = "2566–2570";
			strategies.save(strategy);
		}
		assertThat(strategies.findByProvinceCodeOrderById("TH-33")).extracting(s -> s.code)
			.containsExactly("S2", "S1", "S10");
		assertThat(strategies.findByProvinceCodeAndCodeKey("TH-33", "s10")).hasValueSatisfying(
				s -> assertThat(s.planYears).isEqualTo("2566–2570"));
	}

	@Test
	void aSwotKeepsItsFourListsInOrderAndReplacesThemOnSave() {
		SwotRecord swot = new SwotRecord();
		swot.provinceCode = "TH-34";
		swot.subject = SwotRecord.subjectOf(null);
		swot.lists(new SwotLists(List.of("s1", "s2"), List.of("w1"), List.of(), List.of("t1", "t2", "t3")));
		long id = swots.save(swot).id;

		SwotRecord loaded = swots.findByProvinceCodeAndSubject("TH-34", "province").orElseThrow();
		assertThat(loaded.lists()).isEqualTo(
				new SwotLists(List.of("s1", "s2"), List.of("w1"), List.of(), List.of("t1", "t2", "t3")));
		loaded.lists(new SwotLists(List.of("only"), List.of(), List.of("o1"), List.of()));
		swots.save(loaded);
		assertThat(swots.findById(id).orElseThrow().lists().strengths()).containsExactly("only");
		assertThat(swots.findById(id).orElseThrow().lists().opportunities()).containsExactly("o1");
	}
}
