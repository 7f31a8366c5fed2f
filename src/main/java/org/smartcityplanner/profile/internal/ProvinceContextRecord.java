package org.smartcityplanner.profile.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A province's context text, one row per province.
 */
@Table("prf_province_context")
class ProvinceContextRecord {

	@Id
	Long id;
	String provinceCode;
	String economy;
	String society;
	String environment;
	String infrastructure;
	String digitalReadiness;
	String updatedBy;
	Instant updatedAt;
	@Version
	Integer version;
}
