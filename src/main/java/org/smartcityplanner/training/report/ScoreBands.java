package org.smartcityplanner.training.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.publication.Part;
import org.smartcityplanner.training.CohortReport;

/** Trainees per score band (0–20 %, ... 81–100 %), before and after the training, as two chart series. */
final class ScoreBands {

	static final List<String> LABELS = List.of("0–20%", "21–40%", "41–60%", "61–80%", "81–100%");

	private ScoreBands() {
	}

	static List<Part.Chart.Series> of(CohortReport report) {
		long[][] counts = new long[2][LABELS.size()];
		for (var line : report.trainees()) {
			if (line.pre() != null) {
				counts[0][band(line.pre().percent())]++;
			}
			if (line.post() != null) {
				counts[1][band(line.post().percent())]++;
			}
		}
		return List.of(new Part.Chart.Series("ก่อนอบรม", values(counts[0])),
				new Part.Chart.Series("หลังอบรม", values(counts[1])));
	}

	private static List<BigDecimal> values(long[] counts) {
		List<BigDecimal> values = new ArrayList<>();
		for (long count : counts) {
			values.add(BigDecimal.valueOf(count));
		}
		return values;
	}

	static int band(double percent) {
		return percent <= 20 ? 0 : percent <= 40 ? 1 : percent <= 60 ? 2 : percent <= 80 ? 3 : 4;
	}
}
