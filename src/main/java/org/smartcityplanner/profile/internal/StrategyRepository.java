package org.smartcityplanner.profile.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface StrategyRepository extends ListCrudRepository<StrategyRecord, Long> {

	List<StrategyRecord> findByProvinceCodeOrderById(String provinceCode);

	Optional<StrategyRecord> findByProvinceCodeAndCodeKey(String provinceCode, String codeKey);

	Optional<StrategyRecord> findByIdAndProvinceCode(long id, String provinceCode);
}
