package org.smartcityplanner.profile.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface SwotRepository extends ListCrudRepository<SwotRecord, Long> {

	Optional<SwotRecord> findByProvinceCodeAndSubject(String provinceCode, String subject);
}
