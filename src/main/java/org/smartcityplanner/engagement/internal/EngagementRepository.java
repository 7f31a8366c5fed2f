package org.smartcityplanner.engagement.internal;

import java.util.List;
import java.util.Set;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EngagementRepository extends ListCrudRepository<Engagement, Long> {

	List<Engagement> findByProvinceCodeOrderByStartDateDesc(String provinceCode);

	List<Engagement> findAllByOrderByStartDateDesc();

	@Query("select distinct e.province_code from eng_engagement e join eng_team_member m on m.engagement_id = e.id "
			+ "where m.user_id = :userId")
	Set<String> provincesOfConsultant(long userId);
}
