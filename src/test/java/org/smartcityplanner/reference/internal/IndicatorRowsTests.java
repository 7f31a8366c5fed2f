package org.smartcityplanner.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.reference.Indicator;
import org.smartcityplanner.reference.Indicator.Direction;

class IndicatorRowsTests {

	static final String FILE = "reference/indicators.csv";
	static final String HEADER = "code,sort_order,dimension,name_th,name_en,unit_th,unit_en,direction,framework,ref,"
			+ "definition_th,definition_en,confirmed,note\n";
	static final String GOOD = "IND-ENV-01,1,ENV,ฝุ่น PM2.5,PM2.5,ไมโครกรัม,µg/m³,DOWN,ISO37120,ISO 37120:2018 8.1,"
			+ "นิยาม,Definition,true,\n";

	final IndicatorRows rows = new IndicatorRows(List.of("ENV", "ECO", "MOB", "ENE", "PEO", "LIV", "GOV"));

	@Test
	void readsAValidRowIntoAnIndicator() {
		Indicator indicator = read(GOOD).get(0);
		assertThat(indicator.code()).isEqualTo("IND-ENV-01");
		assertThat(indicator.dimension()).isEqualTo("ENV");
		assertThat(indicator.direction()).isEqualTo(Direction.DOWN);
		assertThat(indicator.unit().en()).isEqualTo("µg/m³");
		assertThat(indicator.confirmed()).isTrue();
	}

	@Test
	void rejectsADimensionThatIsNotASmartDimension() {
		assertThatThrownBy(() -> read(GOOD + GOOD.replace("01,1,ENV", "02,2,ENVIRONMENT")))
			.hasMessageContaining(FILE).hasMessageContaining("data row 2").hasMessageContaining("IND-ENV-02")
			.hasMessageContaining("dimension 'ENVIRONMENT'").hasMessageContaining("ENV, ECO, MOB");
	}

	@Test
	void rejectsAnUnknownDirection() {
		assertThatThrownBy(() -> read(GOOD.replace("DOWN", "LOWER")))
			.hasMessageContaining(FILE).hasMessageContaining("data row 1")
			.hasMessageContaining("direction 'LOWER' is not one of UP, DOWN, TARGET");
	}

	@Test
	void rejectsAnUnknownFramework() {
		assertThatThrownBy(() -> read(GOOD.replace("ISO37120,", "ISO 37120,")))
			.hasMessageContaining(FILE).hasMessageContaining("data row 1")
			.hasMessageContaining("framework 'ISO 37120' is not one of ISO37120, ISO37122, U4SSC, COMMITTEE");
	}

	@Test
	void rejectsAConfirmedFlagThatIsNotTrueOrFalse() {
		assertThatThrownBy(() -> read(GOOD.replace("true,", "yes,"))).hasMessageContaining("data row 1")
			.hasMessageContaining("confirmed 'yes'");
	}

	@Test
	void rejectsAnUnconfirmedIndicatorWithoutANote() {
		assertThatThrownBy(() -> read(GOOD.replace("true,", "false,"))).hasMessageContaining("data row 1")
			.hasMessageContaining("needs a note");
	}

	@Test
	void rejectsADuplicateCode() {
		assertThatThrownBy(() -> read(GOOD + GOOD)).hasMessageContaining("data row 2")
			.hasMessageContaining("more than once");
	}

	@Test
	void rejectsAFileWithoutAColumn() {
		assertThatThrownBy(() -> rows.read(CsvTable.parse(FILE, "code,sort_order\nX,1\n")))
			.hasMessageContaining(FILE).hasMessageContaining("column 'dimension' is missing");
	}

	private List<Indicator> read(String dataRows) {
		return rows.read(CsvTable.parse(FILE, HEADER + dataRows));
	}
}
