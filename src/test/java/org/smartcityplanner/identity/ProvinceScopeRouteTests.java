package org.smartcityplanner.identity;

import org.smartcityplanner.identity.internal.IdentityUseCases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.internal.ProvinceScopeInterceptor;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.IntegrationTest;
import org.smartcityplanner.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks the application's whole route table: every route that carries a province is refused (403 or 404) to a
 * user of another province, for every HTTP method it accepts. New routes are covered without touching this
 * test, as long as they name their province variable {@code provinceCode} — which the second test enforces.
 */
@IntegrationTest
class ProvinceScopeRouteTests {

	// not the demo province: data committed here would make the demo seeds take TH-65 for seeded
	static final ProvinceCode OWN = new ProvinceCode("TH-85");
	static final ProvinceCode OTHER = new ProvinceCode("TH-10");
	static final String OTHER_AREA_NAME = "พื้นที่ทดสอบที่ต้องไม่รั่วไหล";
	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@Autowired
	MockMvc mvc;
	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;
	@Autowired
	IdentityUseCases identity;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ProfileUseCases profile;
	@Autowired
	PlanUseCases plans;

	Cookie coordinator;
	Cookie consultant;

	@BeforeEach
	void signIn() throws Exception {
		TestUsers.ensure(identity, jdbc, "scope-coordinator", Role.COORDINATOR, OWN);
		TestUsers.ensure(identity, jdbc, "scope-consultant", Role.CONSULTANT);
		// the own province has a plan, so its plan routes answer with content rather than "no plan yet"
		if (plans.plan(OWN).isEmpty()) {
			plans.startPlan(OWN, "แผนทดสอบขอบเขตจังหวัด", PlanFixtures.PERIOD);
		}
		// and an outline, so the outline route has something to serve (a missing one is a 404)
		if (profile.provinceOutline(OWN).isEmpty()) {
			profile.replaceProvinceOutline(OWN,
					"{\"type\":\"Polygon\",\"coordinates\":[[[100.1,16.5],[100.6,16.5],[100.6,17.2],[100.1,17.2],[100.1,16.5]]]}");
		}
		if (plans.plan(OTHER).isEmpty()) {
			plans.startPlan(OTHER, OTHER_AREA_NAME, PlanFixtures.PERIOD);
		}
		if (profile.areasOf(OTHER).isEmpty()) {
			profile.addArea(OTHER, new LocalizedText(OTHER_AREA_NAME, "Must not leak"), AreaType.OLD_TOWN, 1000, null);
		}
		coordinator = TestUsers.signIn(mvc, "scope-coordinator");
		consultant = TestUsers.signIn(mvc, "scope-consultant");
	}

	@Test
	void everyProvinceRouteRefusesUsersOfAnotherProvince() throws Exception {
		List<String> leaks = new ArrayList<>();
		int checked = 0;
		for (Route route : provinceRoutes()) {
			for (Cookie session : List.of(coordinator, consultant)) {
				MockHttpServletResponse response = call(route, OTHER, session);
				checked++;
				if (response.getStatus() != 403 && response.getStatus() != 404) {
					leaks.add(route + " answered " + response.getStatus());
				}
				else if (response.getContentAsString().contains(OTHER_AREA_NAME)
						|| response.getContentAsString().contains("กรุงเทพมหานคร")) {
					leaks.add(route + " refused but its body shows the other province's data");
				}
			}
		}
		assertThat(leaks).as("routes leaking another province's data").isEmpty();
		assertThat(checked).as("province routes found in the route table").isGreaterThanOrEqualTo(8);
	}

	@Test
	void ownProvinceIsNotRefused() throws Exception {
		// Guards the test above against passing for the wrong reason (e.g. everything refused).
		for (Route route : provinceRoutes()) {
			boolean onlyProvinceVariable = VARIABLE.matcher(route.path()).results().count() == 1;
			if (route.method() == HttpMethod.GET && onlyProvinceVariable) {
				// 200, a redirect to where the page leads ("start a plan first") or 400 for a missing query
				// parameter: anything but a refusal or a crash
				int status = call(route, OWN, coordinator).getStatus();
				assertThat(status).as(route.toString()).isNotIn(403, 404).isLessThan(500);
			}
		}
	}

	@Test
	void unknownProvinceIsNotFound() throws Exception {
		for (Route route : provinceRoutes()) {
			MockHttpServletResponse response = call(route, null, coordinator);
			assertThat(response.getStatus()).as(route.toString()).isEqualTo(404);
		}
	}

	@Test
	void routesNameTheirProvinceVariableProvinceCode() {
		List<String> misnamed = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String path : info.getPatternValues()) {
				Matcher matcher = VARIABLE.matcher(path);
				while (matcher.find()) {
					String name = matcher.group(1);
					if (name.toLowerCase(Locale.ROOT).contains("province")
							&& !name.equals(ProvinceScopeInterceptor.PROVINCE_VARIABLE)) {
						misnamed.add(path);
					}
				}
			}
		}
		assertThat(misnamed).as("province variables the scope check would not see").isEmpty();
	}

	private List<Route> provinceRoutes() {
		List<Route> routes = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String path : info.getPatternValues()) {
				if (!path.contains("{" + ProvinceScopeInterceptor.PROVINCE_VARIABLE + "}")) {
					continue;
				}
				if (methods.isEmpty()) {
					routes.add(new Route(HttpMethod.GET, path));
				}
				methods.forEach(method -> routes.add(new Route(HttpMethod.valueOf(method.name()), path)));
			}
		});
		return routes;
	}

	private MockHttpServletResponse call(Route route, ProvinceCode province, Cookie session) throws Exception {
		String uri = VARIABLE.matcher(route.path()).replaceAll(match -> match.group(1)
			.equals(ProvinceScopeInterceptor.PROVINCE_VARIABLE) ? (province == null ? "TH-99" : province.value()) : "1");
		var builder = request(route.method(), uri).cookie(session).accept(MediaType.TEXT_HTML,
				MediaType.APPLICATION_JSON);
		if (route.method() != HttpMethod.GET) {
			builder = builder.with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
		}
		return mvc.perform(builder).andReturn().getResponse();
	}

	record Route(HttpMethod method, String path) {
		@Override
		public String toString() {
			return method + " " + path;
		}
	}
}
