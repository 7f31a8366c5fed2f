package org.smartcityplanner.profile.internal;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One baseline: an indicator's value for a province or one of its areas in one B.E. year.
 */
@Table("prf_indicator_baseline")
class BaselineRecord {

	@Id
	Long id;
	String provinceCode;
	/** {@code province} or {@code area:<id>}, as for SWOTs: the unique key cannot use the nullable area id. */
	String subject;
	Long areaId;
	String indicatorCode;
	Integer yearBe;
	BigDecimal baselineValue;
	String source;
	String note;
	String updatedBy;
	Instant updatedAt;
	@Version
	Integer version;

	void area(Long areaId) {
		this.areaId = areaId;
		this.subject = SwotRecord.subjectOf(areaId);
	}
}
