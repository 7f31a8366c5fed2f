package org.smartcityplanner.engagement.internal.pool;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.smartcityplanner.engagement.domain.matching.ConsultantRank;
import org.smartcityplanner.engagement.domain.matching.ExpertiseTag;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A consultant's profile in the pool, keyed by their account id: rank, expertise, the smart dimensions they can
 * lead, home region and their cap on engagements at the same time. New while {@link #version} is {@code null}.
 */
@Table("eng_consultant_profile")
class ConsultantProfile {

	static final int DEFAULT_CAP = 2;

	@Id
	Long userId;
	String consultantRank = ConsultantRank.CONSULTANT.name();
	String homeRegion;
	int engagementCap = DEFAULT_CAP;
	@Version
	Integer version;
	@MappedCollection(idColumn = "user_id")
	Set<Tag> tags = Set.of();
	@MappedCollection(idColumn = "user_id")
	Set<Dimension> dimensions = Set.of();

	ConsultantProfile() {
	}

	ConsultantProfile(long userId) {
		this.userId = userId;
	}

	void update(ConsultantRank rank, Set<ExpertiseTag> tags, Set<String> dimensionCodes, String homeRegion, int cap) {
		this.consultantRank = rank.name();
		this.tags = tags.stream().map(tag -> new Tag(tag.name())).collect(Collectors.toSet());
		this.dimensions = dimensionCodes.stream().map(Dimension::new).collect(Collectors.toSet());
		this.homeRegion = homeRegion;
		this.engagementCap = cap;
	}

	ConsultantRank rank() {
		return ConsultantRank.valueOf(consultantRank);
	}

	Set<ExpertiseTag> tagSet() {
		return tags.stream().map(tag -> ExpertiseTag.valueOf(tag.tag()))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	Set<String> dimensionSet() {
		return dimensions.stream().map(Dimension::dimensionCode).collect(Collectors.toCollection(TreeSet::new));
	}

	@Table("eng_consultant_tag")
	record Tag(String tag) {
	}

	@Table("eng_consultant_dimension")
	record Dimension(String dimensionCode) {
	}
}
