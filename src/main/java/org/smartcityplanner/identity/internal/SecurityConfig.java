package org.smartcityplanner.identity.internal;

import org.smartcityplanner.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Pages use the session (stored in the database, see Spring Session JDBC); API calls may
 * use the session or a personal bearer token. Province scope is checked per request by
 * {@link ProvinceScopeInterceptor}, not here, because it depends on the route's {@code provinceCode}.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

	static final String[] PUBLIC_PAGES = { "/login", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**",
			"/fonts/**", "/images/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/actuator/info",
			// training: self-registration, QR check-in, the trainee's personal link pages, certificate verification
			"/training/register/**", "/training/check-in/**", "/training/me", "/t/**", "/verify",
			// publicaccess: the personal link of a person whose data a province keeps (copy, withdrawal, erasure)
			"/my-data", "/my-data/**",
			// participation: where a citizen types a one-time participation code (behind the public-form guard)
			"/public/*/enter",
			// ... and its API twin (JSON only, behind the same guard)
			"/api/v1/public/*/participation-codes/redemptions",
			// participation: a survey's public link and its thanks page
			"/survey/**",
			// participation: a meeting's QR check-in and walk-in registration
			"/participation/check-in/**",
			// participation: the public sign-up of a province's stakeholder registry
			"/participation/join/**",
			// participation: citizens propose ideas (and support, comment and rate them) without an account, on the
			// pages and over the public API; each form is idempotent and behind the public-form guard
			"/public/*/ideas", "/public/*/ideas/**", "/api/v1/public/*/ideas", "/api/v1/public/*/ideas/**",
			// participation: citizens vote on an opinion map's statements and propose statements, without an account
			"/public/*/opinions/**", "/api/v1/public/*/opinions/**",
			// participation: citizens vote on participatory-budgeting ballots, on the pages and over the public API
			// (idempotent, behind the public-form guard, by the province's rule of who may take part)
			"/public/*/ballots", "/public/*/ballots/**", "/api/v1/public/*/ballots", "/api/v1/public/*/ballots/**" };

	/** participation: the public portal per province and its API; read-only, so only GET is let through. */
	static final String[] PUBLIC_READ_ONLY = { "/public", "/public/**", "/api/v1/public/**" };

	/**
	 * The plan team's working material: budget envelopes, optimiser runs, proposals and the workbook, and the
	 * comments on plan items. Trainees see their training and the plan itself, not these.
	 */
	static final String[] PLAN_TEAM_PAGES = { "/p/*/actionplan", "/p/*/actionplan/**",
			"/api/v1/provinces/*/actionplan", "/api/v1/provinces/*/actionplan/**", "/p/*/documents/proposals",
			"/p/*/documents/proposals/**", "/p/*/documents/action-plan.xlsx", "/p/*/plan/items/*/comments",
			"/p/*/plan/comments/**" };

	/** The time source of sign-in limits; tests of the limiter pass their own clock. */
	@Bean
	java.time.Clock clock() {
		return java.time.Clock.systemUTC();
	}

	/** Forms' CSRF tokens: in the session, except the public survey pages' (see {@link PublicFormCsrfTokens}). */
	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return new PublicFormCsrfTokens();
	}

	/**
	 * No observation (timer, long-task timer, tags) around every security filter, every authentication and every
	 * authorization decision: with an observation registry present (Actuator) Spring Security made about twenty of
	 * them per request, a large share of a public survey answer's CPU time (issue 13, bench/survey-load.sh). The
	 * request as a whole is still observed ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
			LoginRateLimiter rateLimiter) {
		return new ProviderManager(new RateLimitedAuthenticationProvider(users, encoder, rateLimiter));
	}

	/**
	 * Image sources for the CSP: the app itself, data URIs, and the origin of the map tile server when one is
	 * configured ({@code scp.map.tile-url}); Leaflet's {@code {s}} subdomain placeholder becomes a wildcard.
	 */
	static String imageSources(String tileUrl) {
		String sources = "'self' data:";
		if (tileUrl == null || tileUrl.isBlank()) {
			return sources;
		}
		java.util.regex.Matcher origin = java.util.regex.Pattern.compile("^(https?://)([^/?#]+)").matcher(tileUrl.strip());
		if (!origin.find()) {
			return sources;
		}
		String host = origin.group(2).replace("{s}", "*");
		return host.matches("[A-Za-z0-9.*:-]+") ? sources + " " + origin.group(1) + host : sources;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			ApiTokenAuthenticationFilter apiTokens, LoginFailureHandler loginFailures, ApiProblemResponses problems,
			CsrfTokenRepository csrfTokens,
			@org.springframework.beans.factory.annotation.Value("${scp.map.tile-url:}") String tileUrl)
			throws Exception {
		RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		RequestMatcher bearerApiCall = request -> api.matches(request)
				&& request.getHeader("Authorization") != null;
		// the public ideas, opinion-map and ballots APIs (and code redemption) have no account and no session to ride
		// on; they take JSON only, which a cross-site form cannot send without a CORS preflight this application never
		// grants
		RequestMatcher publicIdeasApi = request -> request.getRequestURI()
			.matches(java.util.regex.Pattern.quote(request.getContextPath())
					+ "/api/v1/public/[^/]+/((ideas|opinions|ballots)(/.*)?|participation-codes/redemptions)");
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers(PUBLIC_PAGES).permitAll()
			.requestMatchers(HttpMethod.GET, PUBLIC_READ_ONLY).permitAll()
			.requestMatchers("/api/docs", "/api/docs/**", "/api/openapi", "/api/openapi/**", "/api/swagger-ui/**").permitAll()
			// engagement: consultants on a team may look at their engagement's page (the controller checks the team)
			.requestMatchers(org.springframework.security.web.util.matcher.RegexRequestMatcher
				.regexMatcher(HttpMethod.GET, "/admin/engagements/\\d+(\\?.*)?"))
			.hasAnyRole(Role.ADMIN.name(), Role.CONSULTANT.name())
			.requestMatchers("/admin/**", "/api/v1/users/**", "/api/v1/users").hasRole(Role.ADMIN.name())
			.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
			.requestMatchers(PLAN_TEAM_PAGES).hasAnyRole(Role.ADMIN.name(), Role.CONSULTANT.name(),
					Role.COORDINATOR.name(), Role.WORKING_GROUP.name())
			.requestMatchers(HttpMethod.GET, "/**").authenticated()
			.anyRequest().authenticated())
			// set explicitly: otherwise Spring Security builds its own manager around the UserDetailsService and the
			// rate limiter would be bypassed
			.authenticationManager(authenticationManager)
			.formLogin(form -> form.loginPage("/login").failureHandler(loginFailures).defaultSuccessUrl("/", false))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?loggedOut"))
			.csrf(csrf -> csrf.ignoringRequestMatchers(bearerApiCall, publicIdeasApi).csrfTokenRepository(csrfTokens))
			.addFilterBefore(apiTokens, UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(problems::unauthenticated, api)
				.defaultAccessDeniedHandlerFor(problems::forbidden, api)
				// pages: a plain 403 that the error page renders (without this the API handler would serve all)
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src " + imageSources(tileUrl) + "; style-src 'self' 'unsafe-inline'; "
								+ "script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}
}
