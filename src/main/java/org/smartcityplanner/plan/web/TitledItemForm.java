package org.smartcityplanner.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What goal and strategy forms share: a title, a description, the alignment and the version the edit started
 * from.
 */
public class TitledItemForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 1000, message = "{validation.tooLong}")
	private String title = "";

	@Size(max = 20000, message = "{validation.tooLong}")
	private String description = "";

	@Valid
	private AlignmentFields alignment = new AlignmentFields();

	private int version;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public AlignmentFields getAlignment() {
		return alignment;
	}

	public void setAlignment(AlignmentFields alignment) {
		this.alignment = alignment;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	@Size(max = 1000, message = "{validation.tooLong}")
	private String titleEn = "";

	/** The English title for the English book; empty when not translated. */
	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn == null ? "" : titleEn;
	}
}
