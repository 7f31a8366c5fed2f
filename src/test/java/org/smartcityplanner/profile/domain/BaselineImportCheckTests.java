package org.smartcityplanner.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.profile.BaselineImportRow;
import org.smartcityplanner.profile.BaselineImportRow.Status;
import org.smartcityplanner.profile.BaselineProblem;
import org.smartcityplanner.shared.InvalidInputException;

class BaselineImportCheckTests {

	static final String HEADER = "indicator_code,area,year,value,source";

	BaselineImportCheck check = new BaselineImportCheck(Set.of("IND-ENV-01", "IND-ECO-11", "IND-MOB-10"),
			List.of(new BaselineImportCheck.Area(7, "ย่านเมืองเก่า", "Old Town"),
					new BaselineImportCheck.Area(8, "เขตโลจิสติกส์", null)),
			Map.of(new BaselineImportCheck.Key("IND-ENV-01", null, 2566),
					new BaselineImportCheck.Saved(new BigDecimal("30.1000"), "กรมควบคุมมลพิษ")));

	@Test
	void aGoodRowBecomesADraftForTheProvinceOrAnAreaByNameOrId() {
		List<BaselineImportRow> rows = check.check(sheet(HEADER,
				"ind-env-01,,๒๕๖๗,\"28.4\",กรมควบคุมมลพิษ",
				"IND-MOB-10,old town,2567,1.35,สำนักงานขนส่งจังหวัด",
				"IND-MOB-10,8,2567,1.2,สำนักงานขนส่งจังหวัด"));

		assertThat(rows).extracting(BaselineImportRow::status).containsOnly(Status.OK);
		assertThat(rows.get(0).row()).isEqualTo(2);
		assertThat(rows.get(0).draft().indicatorCode()).isEqualTo("IND-ENV-01");
		assertThat(rows.get(0).draft().areaId()).isNull();
		assertThat(rows.get(0).draft().year()).isEqualTo(2567);
		assertThat(rows.get(1).draft().areaId()).isEqualTo(7L);
		assertThat(rows.get(2).draft().areaId()).isEqualTo(8L);
	}

	@Test
	void reportsEveryProblemOfARowWithTheCEYearHint() {
		BaselineImportRow row = check.check(sheet(HEADER, "IND-XXX-99,ตลาดใหม่,2024,ราว 30,")).get(0);

		assertThat(row.status()).isEqualTo(Status.ERROR);
		assertThat(row.draft()).isNull();
		assertThat(row.messages()).containsExactly(
				BaselineProblem.of("indicatorCode", "baselines.indicator.unknown", "IND-XXX-99"),
				BaselineProblem.of("area", "baselines.area.unknown", "ตลาดใหม่"),
				BaselineProblem.of("year", "baselines.year.commonEra", 2024, 2567),
				BaselineProblem.of("value", "baselines.value.notNumber", "ราว 30"),
				BaselineProblem.of("source", "baselines.source.required"));
		assertThat(row.cells().value()).isEqualTo("ราว 30");
	}

	@Test
	void rowsWithTheSameIndicatorAreaAndYearAreAllRefused() {
		List<BaselineImportRow> rows = check.check(sheet(HEADER,
				"IND-ECO-11,,2566,143000,สศช.",
				"IND-ECO-11,,2565,139500,สศช.",
				"ind-eco-11,ทั้งจังหวัด,2566,143500,สศช."));

		assertThat(rows).extracting(BaselineImportRow::status).containsExactly(Status.ERROR, Status.OK, Status.ERROR);
		assertThat(rows.get(0).messages()).containsExactly(BaselineProblem.of("row", "baselines.import.duplicateRows", 4));
		assertThat(rows.get(2).messages()).containsExactly(BaselineProblem.of("row", "baselines.import.duplicateRows", 2));
	}

	@Test
	void aRowForASavedBaselineWillUpdateItAndSaysWhatItReplaces() {
		BaselineImportRow row = check.check(sheet(HEADER, "IND-ENV-01,,2566,28.4,กรมควบคุมมลพิษ")).get(0);

		assertThat(row.status()).isEqualTo(Status.UPDATE);
		assertThat(row.draft()).isNotNull();
		assertThat(row.messages()).containsExactly(
				BaselineProblem.of("row", "baselines.import.willUpdate", "30.1", "กรมควบคุมมลพิษ"));
	}

	@Test
	void thaiHeadersInAnyOrderWithExtraColumnsAndATitleRowAboveAreUnderstood() {
		List<BaselineImportRow> rows = check.check(sheet("ค่าฐานตัวชี้วัด จังหวัดพิษณุโลก",
				"ปี,ค่า,รหัสตัวชี้วัด,ชื่อตัวชี้วัด,พื้นที่,แหล่งข้อมูล,หมายเหตุ",
				"2566,\"1,250\",IND-ECO-11,ผลิตภัณฑ์มวลรวม,,สศช.,ประมาณการ"));

		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.row()).isEqualTo(3);
			assertThat(row.status()).isEqualTo(Status.OK);
			assertThat(row.draft().value()).isEqualByComparingTo("1250");
			assertThat(row.draft().note()).isEqualTo("ประมาณการ");
		});
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
		assertThatThrownBy(() -> check.check(sheet("indicator_code,year,value", "IND-ENV-01,2566,1")))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("baselines.import.header.missing");
				assertThat(e.arguments()).containsExactly("area, source", BaselineColumns.EXPECTED_HEADER);
			});
		assertThatThrownBy(() -> check.check(sheet("", " , ")))
			.hasFieldOrPropertyWithValue("messageKey", "baselines.import.empty");
		assertThatThrownBy(() -> check.check(sheet(HEADER)))
			.hasFieldOrPropertyWithValue("messageKey", "baselines.import.noData");
	}

	@Test
	void refusesMoreRowsThanTheLimit() {
		List<String> lines = new ArrayList<>(List.of(HEADER));
		for (int i = 0; i <= BaselineImportCheck.MAX_ROWS; i++) {
			lines.add("IND-ENV-01,,2566,1,x");
		}
		assertThatThrownBy(() -> check.check(sheet(lines.toArray(String[]::new))))
			.hasFieldOrPropertyWithValue("messageKey", "baselines.import.tooManyRows");
	}

	/** Lines as a sheet; a naive split is enough here since quoted commas only occur in value cells. */
	private static List<SheetRow> sheet(String... lines) {
		List<SheetRow> rows = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			List<String> cells = new ArrayList<>();
			for (String cell : lines[i].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)) {
				cells.add(cell.replace("\"", ""));
			}
			rows.add(new SheetRow(i + 1, cells));
		}
		return rows;
	}
}
