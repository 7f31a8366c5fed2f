package org.smartcityplanner.engagement.web.pool;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.smartcityplanner.engagement.domain.matching.ConsultantRank;
import org.smartcityplanner.engagement.domain.matching.ExpertiseTag;
import org.smartcityplanner.engagement.internal.pool.ConsultantView;
import org.smartcityplanner.engagement.internal.pool.ProfileUpdate;

/** The admin's form for one consultant's profile. */
class ProfileForm {

	@NotNull(message = "{validation.required}")
	private ConsultantRank rank = ConsultantRank.CONSULTANT;

	private Set<ExpertiseTag> tags = new LinkedHashSet<>();

	private Set<String> dimensions = new LinkedHashSet<>();

	private String homeRegion = "";

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{pool.error.capRange}")
	@Max(value = ProfileUpdate.MAX_CAP, message = "{pool.error.capRange}")
	private Integer cap = 2;

	private Integer version;

	static ProfileForm of(ConsultantView consultant) {
		ProfileForm form = new ProfileForm();
		form.rank = consultant.rank();
		form.tags = new LinkedHashSet<>(consultant.tags());
		form.dimensions = new LinkedHashSet<>(consultant.dimensions());
		form.homeRegion = consultant.homeRegion() == null ? "" : consultant.homeRegion();
		form.cap = consultant.cap();
		form.version = consultant.version();
		return form;
	}

	ProfileUpdate toUpdate() {
		return new ProfileUpdate(rank, tags, dimensions, homeRegion == null || homeRegion.isBlank() ? null
				: homeRegion, cap, version);
	}

	public ConsultantRank getRank() {
		return rank;
	}

	public void setRank(ConsultantRank rank) {
		this.rank = rank;
	}

	public Set<ExpertiseTag> getTags() {
		return tags;
	}

	public void setTags(Set<ExpertiseTag> tags) {
		this.tags = tags;
	}

	public Set<String> getDimensions() {
		return dimensions;
	}

	public void setDimensions(Set<String> dimensions) {
		this.dimensions = dimensions;
	}

	public String getHomeRegion() {
		return homeRegion;
	}

	public void setHomeRegion(String homeRegion) {
		this.homeRegion = homeRegion;
	}

	public Integer getCap() {
		return cap;
	}

	public void setCap(Integer cap) {
		this.cap = cap;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}
}
