package org.smartcityplanner.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks compare the application's PDF route with {@code soffice --convert-to}: the command line must be
 * given the very export options the application uses, or the comparison measures unequal work (untagged PDF).
 */
class LibreOfficePdfCommandLineTests {

	@Test
	void theCommandLineGetsTheApplicationsExportOptionsAsLibreOfficesJsonFilterOptions() throws Exception {
		String filter = LibreOfficePdf.commandLineFilter();
		assertThat(filter).startsWith("pdf:writer_pdf_Export:{");

		JsonNode options = new ObjectMapper().readTree(filter.substring("pdf:writer_pdf_Export:".length()));
		Map<String, Boolean> given = new LinkedHashMap<>();
		options.fields().forEachRemaining(option -> {
			assertThat(option.getValue().get("type").asText()).as(option.getKey()).isEqualTo("boolean");
			given.put(option.getKey(), Boolean.valueOf(option.getValue().get("value").asText()));
		});
		assertThat(given).isEqualTo(LibreOfficePdf.PDF_EXPORT);
	}

	@Test
	void theApplicationExportsTaggedPdfForScreenReaders() {
		assertThat(LibreOfficePdf.PDF_EXPORT).containsEntry("UseTaggedPDF", true);
	}
}
