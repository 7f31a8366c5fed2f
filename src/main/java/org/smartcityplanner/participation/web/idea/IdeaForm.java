package org.smartcityplanner.participation.web.idea;

import org.smartcityplanner.participation.domain.idea.IdeaDraft;

/**
 * The idea form's fields as typed (public and paper alike). Every field is text, so nothing fails to bind: the
 * rules read it and name each problem. {@code stamp} and {@code website} are the public-form guard's.
 */
public class IdeaForm {

	private String title;
	private String description;
	private String dimension;
	private String area;
	private String latitude;
	private String longitude;
	private String idempotencyKey;
	private String stamp;
	private String website;

	IdeaDraft draft() {
		return new IdeaDraft(title, description, dimension, area, latitude, longitude);
	}

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

	public String getDimension() {
		return dimension;
	}

	public void setDimension(String dimension) {
		this.dimension = dimension;
	}

	public String getArea() {
		return area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public String getLatitude() {
		return latitude;
	}

	public void setLatitude(String latitude) {
		this.latitude = latitude;
	}

	public String getLongitude() {
		return longitude;
	}

	public void setLongitude(String longitude) {
		this.longitude = longitude;
	}

	public String getIdempotencyKey() {
		return idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

	public String getStamp() {
		return stamp;
	}

	public void setStamp(String stamp) {
		this.stamp = stamp;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}
}
