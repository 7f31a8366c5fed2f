package org.smartcityplanner.profile.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ProvinceContextRepository extends ListCrudRepository<ProvinceContextRecord, Long> {

	Optional<ProvinceContextRecord> findByProvinceCode(String provinceCode);
}
