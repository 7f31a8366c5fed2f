package org.smartcityplanner.reports.internal;

import java.time.Instant;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A generated file, without its content.
 *
 * @param id              file id
 * @param jobId           the job that made it
 * @param province        the province
 * @param kind            what it is
 * @param format          "docx", "pdf" or "xlsx"
 * @param language        "th" or "en"
 * @param planVersionId   the plan version it was made from
 * @param planVersionName that version's name
 * @param inputHash       SHA-256 of the document's content (same version, same data: same hash)
 * @param fileName        the download name
 * @param sizeBytes       its size
 * @param createdBy       who asked for it
 * @param createdAt       when it was made
 */
public record GeneratedFile(String id, String jobId, ProvinceCode province, ReportKind kind, String format,
		String language, long planVersionId, String planVersionName, String inputHash, String fileName, long sizeBytes,
		String createdBy, Instant createdAt) {

	/** The size in kilobytes with one decimal, for display. */
	public java.math.BigDecimal sizeKilobytes() {
		return java.math.BigDecimal.valueOf(sizeBytes).divide(java.math.BigDecimal.valueOf(1024), 1,
				java.math.RoundingMode.HALF_UP);
	}

	/** The first characters of the hash, enough to tell editions apart on screen. */
	public String shortHash() {
		return inputHash.substring(0, Math.min(12, inputHash.length()));
	}
}
