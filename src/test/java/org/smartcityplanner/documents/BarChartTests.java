package org.smartcityplanner.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The one chart renderer: vertical columns of one series, horizontal bars of one or more series. */
class BarChartTests {

	private static List<BigDecimal> values(long... numbers) {
		return java.util.Arrays.stream(numbers).mapToObj(BigDecimal::valueOf).toList();
	}

	@Test
	void drawsHorizontalBarsOfTwoSeriesTallerForMoreLabels() throws Exception {
		var series = List.of(new BarChart.Series("ก่อนอบรม", values(3, 0)), new BarChart.Series("หลังอบรม", values(1, 2)));
		Image two = BarChart.horizontal("คะแนน", List.of("0–20%", "21–40%"), series, BigDecimal.valueOf(3), "", false)
			.toImage(16);
		Image three = BarChart.horizontal("คะแนน", List.of("ก", "ข", "ค"), List.of(new BarChart.Series("", values(1, 2, 3))),
				null, "%", false).toImage(16);

		assertThat(ImageIO.read(new ByteArrayInputStream(two.png())).getHeight()).isEqualTo(two.heightPx());
		assertThat(two.caption()).isEqualTo("คะแนน");
		assertThat(two.widthCm()).isEqualTo(16);
		Image twoWithoutLegend = BarChart.horizontal("คะแนน", List.of("ก", "ข"),
				List.of(new BarChart.Series("", values(1, 2))), null, "%", false).toImage(16);
		assertThat(three.heightPx()).as("one row per label").isGreaterThan(twoWithoutLegend.heightPx());
		assertThat(two.heightPx()).as("a legend for several series").isGreaterThan(twoWithoutLegend.heightPx());
		assertThat(BarChart.horizontal("x", List.of("ก"), List.of(new BarChart.Series("", values(1))), null, "%", false)
			.shown(new BigDecimal("66.7"))).isEqualTo("66.7%");
	}

	@Test
	void givesALongLabelASecondLineInsteadOfCuttingIt() {
		var series = List.of(new BarChart.Series("", values(65)));
		int shortLabel = BarChart.horizontal("x", List.of("รุ่นที่ 1"), series, null, "", false).toImage(16).heightPx();
		int longLabel = BarChart.horizontal("x", List.of("รุ่นที่ 1/2570 ผู้นำการพัฒนาเมืองอัจฉริยะพิษณุโลก"), series,
				null, "", false).toImage(16).heightPx();

		assertThat(longLabel).isGreaterThan(shortLabel);
	}

	@Test
	void keepsTheVerticalChartOfOneSeries() {
		BarChart chart = new BarChart("งบประมาณ", List.of("2570", "2571"), values(2, 1), NumberStyle.DECIMAL, false);

		assertThat(chart.values()).isEqualTo(values(2, 1));
		assertThat(chart.toImage(14).heightPx()).isEqualTo(700);
		assertThat(chart.shown(BigDecimal.valueOf(2))).isEqualTo("2.00");
	}

	@Test
	void refusesSeriesThatDoNotMatchTheLabelsAndSeveralSeriesStandingUp() {
		assertThatThrownBy(() -> BarChart.horizontal("x", List.of("ก", "ข"), List.of(new BarChart.Series("", values(1))),
				null, "", false)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new BarChart("x", List.of("ก"), List.of(new BarChart.Series("a", values(1)),
				new BarChart.Series("b", values(2))), NumberStyle.GENERAL, false, BarChart.Direction.VERTICAL, null, ""))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
