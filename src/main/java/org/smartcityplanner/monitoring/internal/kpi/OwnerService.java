package org.smartcityplanner.monitoring.internal.kpi;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.monitoring.internal.period.Coordinators;
import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Naming who reports each KPI: an agency and an account of the province's coordinators or working-group members
 * (the people who sign in for the province; consultants leave when their engagement ends).
 */
@Service
public class OwnerService {

	static final String AUDIT_TYPE = "monitoring-kpi-owner";
	static final int AGENCY_MAX = 200;

	private final OwnerStore owners;
	private final PlanKpis kpis;
	private final IdentityApi identity;
	private final Coordinators coordinators;
	private final AuditLog audit;

	OwnerService(OwnerStore owners, PlanKpis kpis, IdentityApi identity, Coordinators coordinators, AuditLog audit) {
		this.owners = owners;
		this.kpis = kpis;
		this.identity = identity;
		this.coordinators = coordinators;
		this.audit = audit;
	}

	public Map<String, KpiOwner> owners(ProvinceCode province) {
		return owners.ownersOf(province);
	}

	/** The accounts that may own a KPI of the province, by display name. */
	public List<UserSummary> candidates(ProvinceCode province) {
		Map<Long, UserSummary> byId = new LinkedHashMap<>();
		Stream.of(Role.COORDINATOR, Role.WORKING_GROUP).flatMap(role -> identity.usersWithRole(role).stream())
			.filter(user -> user.enabled() && user.provinces().contains(province))
			.forEach(user -> byId.putIfAbsent(user.id(), user));
		return byId.values().stream().sorted(Comparator.comparing(UserSummary::displayName)).toList();
	}

	/**
	 * @param version the owner's version the user saw, {@code null} when the KPI had none
	 * @throws org.smartcityplanner.shared.NotInProvinceException for a KPI or account not of the province
	 */
	@Transactional
	public void assign(ProvinceCode province, String kpiId, String agency, long userId, Integer version) {
		String actor = coordinators.require().username();
		kpis.require(province, kpiId);
		InProvince.require(candidates(province).stream().anyMatch(user -> user.id() == userId), "userId", userId);
		String cleanAgency = agency == null ? "" : agency.strip();
		if (cleanAgency.isEmpty()) {
			throw new InvalidInputException("monitoring.kpi.rule.agency.required");
		}
		if (cleanAgency.length() > AGENCY_MAX) {
			throw new InvalidInputException("monitoring.kpi.rule.agency.tooLong", AGENCY_MAX);
		}
		KpiOwner before = owners.ownersOf(province).get(kpiId);
		owners.save(province, kpiId, cleanAgency, userId, version, actor);
		audit.record(new AuditChange(AUDIT_TYPE, kpiId, before == null ? "created" : "updated", province, before,
				new KpiOwner(kpiId, cleanAgency, userId, before == null ? 0 : before.version() + 1)));
	}
}
