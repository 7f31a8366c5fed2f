package org.smartcityplanner.plan.web;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * A KPI: the indicator, where it starts and a target for each fiscal year of the plan.
 */
public class KpiForm {

	@NotBlank(message = "{validation.required}")
	private String ownerId = "";

	@Size(max = 32, message = "{validation.tooLong}")
	private String indicatorCode = "";

	// name and unit may be left empty when an indicator is chosen: they are then taken from the library
	@Size(max = 1000, message = "{validation.tooLong}")
	private String name = "";

	@Size(max = 200, message = "{validation.tooLong}")
	private String unit = "";

	@Digits(integer = 16, fraction = 4, message = "{plan.form.decimal}")
	private BigDecimal baselineValue;

	@Min(value = 2500, message = "{plan.form.yearRange}")
	@Max(value = 2700, message = "{plan.form.yearRange}")
	private Integer baselineYear;

	@Size(max = 1000, message = "{validation.tooLong}")
	private String baselineSource = "";

	private Map<Integer, @Digits(integer = 16, fraction = 4, message = "{plan.form.decimal}") BigDecimal> targets = new TreeMap<>();

	private int version;

	public String getOwnerId() {
		return ownerId;
	}

	public void setOwnerId(String ownerId) {
		this.ownerId = ownerId;
	}

	public String getIndicatorCode() {
		return indicatorCode;
	}

	public void setIndicatorCode(String indicatorCode) {
		this.indicatorCode = indicatorCode;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public BigDecimal getBaselineValue() {
		return baselineValue;
	}

	public void setBaselineValue(BigDecimal baselineValue) {
		this.baselineValue = baselineValue;
	}

	public Integer getBaselineYear() {
		return baselineYear;
	}

	public void setBaselineYear(Integer baselineYear) {
		this.baselineYear = baselineYear;
	}

	public String getBaselineSource() {
		return baselineSource;
	}

	public void setBaselineSource(String baselineSource) {
		this.baselineSource = baselineSource;
	}

	public Map<Integer, @Digits(integer = 16, fraction = 4, message = "{plan.form.decimal}") BigDecimal> getTargets() {
		return targets;
	}

	public void setTargets(Map<Integer, @Digits(integer = 16, fraction = 4, message = "{plan.form.decimal}") BigDecimal> targets) {
		this.targets = targets;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	@Size(max = 1000, message = "{validation.tooLong}")
	private String nameEn = "";

	/** The English name for the English book; empty when not translated. */
	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn == null ? "" : nameEn;
	}
}
