package org.smartcityplanner.reports.internal;

import java.util.List;
import java.util.Optional;

import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * Files made on demand from a province's adopted fiscal-year action plan: the action-plan workbook (XLSX) and
 * the proposal forms of each budget source (DOCX). Every download is audited. Internal to the reports module: only
 * its download page uses it.
 */
public interface ActionPlanExportsUseCases {

	/** The budget sources that fund at least one item of the province's action plan, in reference order. */
	List<FundingSource> fundingSources(ProvinceCode province);

	/** Whether the province's action plan has any item. */
	boolean hasActionPlan(ProvinceCode province);

	/**
	 * The action-plan workbook: summary, a sheet per fiscal year and one per budget source; with Thai numerals in
	 * number formats, text and sheet names when asked.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when Thai numerals are asked for an English file
	 */
	ExportedFile workbook(ProvinceCode province, DocumentLanguage language, boolean thaiNumerals);

	/**
	 * The proposal forms of one budget source, a section per project it funds; empty for an unknown source.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when Thai numerals are asked for an English file
	 */
	Optional<ExportedFile> proposalForms(ProvinceCode province, String sourceCode, DocumentLanguage language,
			boolean thaiNumerals);

	/** A budget source funding the action plan. */
	record FundingSource(String code, LocalizedText name) {
	}

	/** A file made on demand. */
	record ExportedFile(String fileName, String contentType, byte[] content) {
	}
}
