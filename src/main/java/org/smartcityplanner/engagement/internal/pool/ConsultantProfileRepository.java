package org.smartcityplanner.engagement.internal.pool;

import org.springframework.data.repository.ListCrudRepository;

interface ConsultantProfileRepository extends ListCrudRepository<ConsultantProfile, Long> {
}
