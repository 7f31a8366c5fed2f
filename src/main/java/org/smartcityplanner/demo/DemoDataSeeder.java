package org.smartcityplanner.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.engagement.EngagementApi;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.NewUser;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo province once: users, the engagement, two target areas and a draft master plan. A second
 * start finds the admin account and does nothing, so data is never duplicated.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "scp.demo.enabled", havingValue = "true")
@Order(100)
class DemoDataSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final IdentityApi identity;
	private final EngagementApi engagements;
	private final ProfileApi profile;
	private final PlanApi plans;
	private final org.smartcityplanner.actionplan.ActionPlanApi actionPlans;
	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
	private final DemoTraining.Apis training;

	DemoDataSeeder(IdentityApi identity, EngagementApi engagements, ProfileApi profile, PlanApi plans,
			org.smartcityplanner.actionplan.ActionPlanApi actionPlans, org.springframework.jdbc.core.simple.JdbcClient jdbc,
			DemoTraining.Apis training) {
		this.identity = identity;
		this.engagements = engagements;
		this.profile = profile;
		this.plans = plans;
		this.actionPlans = actionPlans;
		this.jdbc = jdbc;
		this.training = training;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (alreadySeeded()) {
			// a database seeded before the training module existed gets its demo cohort now
			DemoTraining.seed(DemoData.PROVINCE, training);
			return;
		}
		Map<String, Long> ids = new HashMap<>();
		for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
			ids.put(account.username(), identity.createUser(new NewUser(account.username(), account.displayName(),
					account.username() + "@demo.example", DemoData.PASSWORD, Set.of(account.role()),
					account.provinceMember() ? Set.of(DemoData.PROVINCE) : Set.of(), true)).id());
		}
		Set<Long> team = new LinkedHashSet<>();
		for (String username : new String[] { "consultant", "consultant2", "consultant3", "consultant4" }) {
			team.add(ids.get(username));
		}
		engagements.start(DemoData.PROVINCE, "จัดทำแผนแม่บทเมืองอัจฉริยะจังหวัดพิษณุโลก พ.ศ. 2570–2574",
				LocalDate.of(2026, 10, 1), ids.get("consultant"), team);
		DemoProfile.seed(profile);
		List<TargetAreaView> areas = profile.areasOf(DemoData.PROVINCE);
		plans.importDocument(DemoData.PROVINCE, DemoPlan.build(areaOf(areas, AreaType.OLD_TOWN),
				areaOf(areas, AreaType.LOGISTICS)));
		DemoActionPlan.seed(actionPlans, DemoData.PROVINCE, areaOf(areas, AreaType.OLD_TOWN));
		DemoTraining.seed(DemoData.PROVINCE, training);
		log.info("Demo data seeded for province {} ({} km² of target areas)", DemoData.PROVINCE,
				DemoProfile.total(areas));
	}

	private static long areaOf(List<TargetAreaView> areas, AreaType type) {
		return areas.stream().filter(area -> area.type() == type).findFirst().orElseThrow().id();
	}

	private boolean alreadySeeded() {
		return jdbc.sql("select count(*) from idn_user where username = 'admin'").query(Long.class).single() > 0;
	}
}
