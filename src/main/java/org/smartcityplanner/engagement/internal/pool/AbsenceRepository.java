package org.smartcityplanner.engagement.internal.pool;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AbsenceRepository extends ListCrudRepository<Absence, Long> {

	List<Absence> findByUserIdOrderByFromDate(long userId);

	List<Absence> findAllByOrderByFromDate();
}
