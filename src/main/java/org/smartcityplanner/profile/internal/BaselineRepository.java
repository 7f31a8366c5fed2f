package org.smartcityplanner.profile.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface BaselineRepository extends ListCrudRepository<BaselineRecord, Long> {

	/** By indicator code, the province before its areas, newest year first. */
	@Query("""
			select * from prf_indicator_baseline where province_code = :provinceCode
			order by indicator_code, case when area_id is null then 0 else 1 end, area_id, year_be desc""")
	List<BaselineRecord> findAllOfProvince(String provinceCode);

	Optional<BaselineRecord> findByIdAndProvinceCode(long id, String provinceCode);

	Optional<BaselineRecord> findByProvinceCodeAndSubjectAndIndicatorCodeAndYearBe(String provinceCode,
			String subject, String indicatorCode, int yearBe);

	Optional<BaselineRecord> findFirstByProvinceCodeAndSubjectAndIndicatorCodeOrderByYearBeDesc(String provinceCode,
			String subject, String indicatorCode);
}
