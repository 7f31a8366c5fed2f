package org.smartcityplanner.profile.internal;

import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One strategy of a province's development plan.
 */
@Table("prf_strategy")
class StrategyRecord {

	@Id
	Long id;
	String provinceCode;
	String code;
	/** The code in lower case, for the case-insensitive unique index. */
	String codeKey;
	String title;
	String description;
	String planYears;
	@Version
	Integer version;

	void code(String code) {
		this.code = code;
		this.codeKey = code.toLowerCase(Locale.ROOT);
	}
}
