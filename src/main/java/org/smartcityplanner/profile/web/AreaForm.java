package org.smartcityplanner.profile.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.smartcityplanner.profile.AreaDetails;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.CityType;
import org.smartcityplanner.profile.TargetAreaView;
import org.springframework.web.multipart.MultipartFile;

/**
 * The target-area form, for adding and changing an area. Numbers are typed fields, so "abc" in a number field
 * comes back as a field error with the user's other input kept. The boundary comes as a file or as pasted
 * text; a chosen file wins.
 */
class AreaForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.tooLong}")
	private String nameTh = "";

	@Size(max = 300, message = "{validation.tooLong}")
	private String nameEn = "";

	@NotNull(message = "{validation.required}")
	private AreaType type;

	@NotNull(message = "{validation.required}")
	private CityType cityType;

	@Min(value = 0, message = "{validation.notNegative}")
	@Max(value = 20_000_000, message = "{validation.population.max}")
	private Integer population;

	@DecimalMin(value = "0.001", message = "{validation.area.min}")
	@DecimalMax(value = "200000", message = "{validation.area.max}")
	@Digits(integer = 9, fraction = 3, message = "{validation.area.digits}")
	private BigDecimal areaSqKm;

	@Size(max = AreaDetails.MAX_POSITIONING, message = "{validation.tooLong}")
	private String positioning = "";

	@Size(min = 1, max = AreaDetails.MAX_LEAD_DIMENSIONS, message = "{areas.leadDimensions.count}")
	private List<String> leadDimensions = new ArrayList<>();

	private String boundaryText = "";

	private MultipartFile boundaryFile;

	private boolean removeBoundary;

	/** Set when an uploaded file was copied into the text box, to tell the user where it went. */
	private boolean fileCopied;

	private int version;

	static AreaForm of(TargetAreaView area) {
		AreaForm form = new AreaForm();
		form.nameTh = area.name().th();
		form.nameEn = area.name().en() == null ? "" : area.name().en();
		form.type = area.type();
		form.cityType = area.cityType();
		form.population = area.population();
		form.areaSqKm = area.areaSqKm();
		form.positioning = area.positioning();
		form.leadDimensions = new ArrayList<>(area.leadDimensions());
		form.version = area.version();
		return form;
	}

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

	public CityType getCityType() {
		return cityType;
	}

	public void setCityType(CityType cityType) {
		this.cityType = cityType;
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

	public String getPositioning() {
		return positioning;
	}

	public void setPositioning(String positioning) {
		this.positioning = positioning;
	}

	public List<String> getLeadDimensions() {
		return leadDimensions;
	}

	public void setLeadDimensions(List<String> leadDimensions) {
		this.leadDimensions = leadDimensions == null ? new ArrayList<>() : leadDimensions;
	}

	public String getBoundaryText() {
		return boundaryText;
	}

	public void setBoundaryText(String boundaryText) {
		this.boundaryText = boundaryText;
	}

	public MultipartFile getBoundaryFile() {
		return boundaryFile;
	}

	public void setBoundaryFile(MultipartFile boundaryFile) {
		this.boundaryFile = boundaryFile;
	}

	public boolean isRemoveBoundary() {
		return removeBoundary;
	}

	public void setRemoveBoundary(boolean removeBoundary) {
		this.removeBoundary = removeBoundary;
	}

	public boolean isFileCopied() {
		return fileCopied;
	}

	void markFileCopied() {
		this.fileCopied = true;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
