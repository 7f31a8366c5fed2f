package org.smartcityplanner.identity.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.spi.ProvinceAccessContributor;
import org.smartcityplanner.reference.Province;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Decides which provinces a user reaches: explicit memberships, plus what contributors grant (consultants get
 * the provinces of their engagements), plus every province for admins.
 */
@Service
class ProvinceAccessService {

	private final JdbcClient jdbc;
	// Looked up lazily: contributors (engagement) depend on identity themselves.
	private final ObjectProvider<ProvinceAccessContributor> contributors;
	private final ReferenceApi reference;

	ProvinceAccessService(JdbcClient jdbc, ObjectProvider<ProvinceAccessContributor> contributors, ReferenceApi reference) {
		this.jdbc = jdbc;
		this.contributors = contributors;
		this.reference = reference;
	}

	boolean canAccess(CurrentUser user, ProvinceCode province) {
		return user.isAdmin() || accessibleProvinces(user).contains(province);
	}

	Set<ProvinceCode> accessibleProvinces(CurrentUser user) {
		if (user.isAdmin()) {
			return reference.provinces().stream().map(Province::code).collect(Collectors.toSet());
		}
		Set<ProvinceCode> provinces = new HashSet<>(jdbc
			.sql("select province_code from idn_user_province where user_id = ?").param(user.id())
			.query((rs, row) -> new ProvinceCode(rs.getString(1))).list());
		contributors.orderedStream().forEach(contributor -> provinces.addAll(contributor.provincesFor(user.id())));
		return provinces;
	}
}
