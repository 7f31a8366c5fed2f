package org.smartcityplanner.engagement.web.pool;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.smartcityplanner.engagement.domain.matching.ExpertiseTag;
import org.smartcityplanner.engagement.domain.matching.Need;

/** What the admin asks the team to cover, and its size. */
class NeedsForm {

	private Set<String> dimensions = new LinkedHashSet<>();

	private Set<ExpertiseTag> tags = new LinkedHashSet<>();

	@NotNull(message = "{validation.required}")
	@Min(value = 4, message = "{pool.error.size}")
	@Max(value = 6, message = "{pool.error.size}")
	private Integer size = 4;

	Set<Need> needs() {
		return Stream.concat(dimensions.stream().map(Need::dimension), tags.stream().map(Need::expertise))
			.collect(Collectors.toSet());
	}

	public Set<String> getDimensions() {
		return dimensions;
	}

	public void setDimensions(Set<String> dimensions) {
		this.dimensions = dimensions;
	}

	public Set<ExpertiseTag> getTags() {
		return tags;
	}

	public void setTags(Set<ExpertiseTag> tags) {
		this.tags = tags;
	}

	public Integer getSize() {
		return size;
	}

	public void setSize(Integer size) {
		this.size = size;
	}
}
