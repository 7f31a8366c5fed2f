package org.smartcityplanner.profile.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface TargetAreaRepository extends ListCrudRepository<TargetArea, Long> {

	List<TargetArea> findByProvinceCodeOrderByNameTh(String provinceCode);
}
