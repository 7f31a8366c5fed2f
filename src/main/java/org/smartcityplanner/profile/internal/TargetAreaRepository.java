package org.smartcityplanner.profile.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface TargetAreaRepository extends ListCrudRepository<TargetArea, Long> {

	List<TargetArea> findByProvinceCodeOrderByNameTh(String provinceCode);

	Optional<TargetArea> findByIdAndProvinceCode(long id, String provinceCode);

	boolean existsByIdAndProvinceCode(long id, String provinceCode);
}
