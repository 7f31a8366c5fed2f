package org.smartcityplanner.reports.internal;

import java.time.Instant;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A request to generate a document, as the documents page shows it.
 *
 * @param id              job id
 * @param province        the province
 * @param kind            what is generated
 * @param planVersionId   the saved plan version it is generated from
 * @param planVersionName that version's name
 * @param language        "th" or "en"
 * @param withPdf         whether a PDF is made besides the DOCX
 * @param state           where it is
 * @param progress        0 to 100
 * @param stepKey         message key of the current step, or null
 * @param cancelRequested whether someone asked to cancel it
 * @param requestedBy     who asked for it
 * @param requestedAt     when
 * @param finishedAt      when it ended, or null
 * @param noteKey         message key of a note on the outcome (e.g. PDF engine missing), or null
 * @param thaiNumerals    whether the book prints Thai numerals (๐-๙)
 */
public record ReportJob(String id, ProvinceCode province, ReportKind kind, long planVersionId, String planVersionName,
		String language, boolean withPdf, JobState state, int progress, String stepKey, boolean cancelRequested,
		String requestedBy, Instant requestedAt, Instant finishedAt, String noteKey, boolean thaiNumerals) {
}
