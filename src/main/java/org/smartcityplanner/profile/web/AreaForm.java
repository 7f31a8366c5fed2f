package org.smartcityplanner.profile.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.smartcityplanner.profile.AreaType;

/**
 * The new-target-area form. Numbers are typed fields, so "abc" in a number field comes back as a field error
 * with the user's other input kept.
 */
class AreaForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.tooLong}")
	private String nameTh = "";

	@Size(max = 300, message = "{validation.tooLong}")
	private String nameEn = "";

	@NotNull(message = "{validation.required}")
	private AreaType type;

	@Min(value = 0, message = "{validation.notNegative}")
	@Max(value = 20_000_000, message = "{validation.population.max}")
	private Integer population;

	@DecimalMin(value = "0.001", message = "{validation.area.min}")
	@DecimalMax(value = "200000", message = "{validation.area.max}")
	@Digits(integer = 9, fraction = 3, message = "{validation.area.digits}")
	private BigDecimal areaSqKm;

	public String getNameTh() {
		return nameTh;
	}

	public void setNameTh(String nameTh) {
		this.nameTh = nameTh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public AreaType getType() {
		return type;
	}

	public void setType(AreaType type) {
		this.type = type;
	}

	public Integer getPopulation() {
		return population;
	}

	public void setPopulation(Integer population) {
		this.population = population;
	}

	public BigDecimal getAreaSqKm() {
		return areaSqKm;
	}

	public void setAreaSqKm(BigDecimal areaSqKm) {
		this.areaSqKm = areaSqKm;
	}
}
