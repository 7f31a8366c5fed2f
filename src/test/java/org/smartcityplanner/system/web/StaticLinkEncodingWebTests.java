package org.smartcityplanner.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

class StaticLinkEncodingWebTests extends WebTestSupport {

	private static final Pattern BOOTSTRAP_CSS = Pattern
		.compile("href=\"/webjars/bootstrap/[0-9][^/\"]*/css/bootstrap\\.min\\.css\"");

	@Autowired
	ApplicationContext context;

	@Test
	void webjarLinksKeepTheirVersionAndPageLinksAreLearnedOnce() throws Exception {
		Cookie session = signedIn("links.admin", Role.ADMIN);
		String first = page(session);
		String second = page(session);

		assertThat(BOOTSTRAP_CSS.matcher(first).find()).as("versioned webjar link on first render").isTrue();
		assertThat(BOOTSTRAP_CSS.matcher(second).find()).as("versioned webjar link on second render").isTrue();
		assertThat(second).contains("href=\"/reference/provinces\"").contains("href=\"/css/app.css\"");
		// the CSRF token is masked afresh on every render; everything else is the same page
		assertThat(withoutCsrf(second)).isEqualTo(withoutCsrf(first));
		assertThat(filter().remembered()).isPositive();
	}

	@Test
	void onlyOneResourceUrlEncodingFilterIsRegistered() {
		assertThat(context.getBeansOfType(FilterRegistrationBean.class).values().stream()
			.filter(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter)).hasSize(1);
		assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
	}

	private static String withoutCsrf(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
	}

	private String page(Cookie session) throws Exception {
		return mvc.perform(get("/reference").cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private StaticLinkEncodingFilter filter() {
		return context.getBeansOfType(FilterRegistrationBean.class).values().stream()
			.map(FilterRegistrationBean::getFilter).filter(StaticLinkEncodingFilter.class::isInstance)
			.map(StaticLinkEncodingFilter.class::cast).findFirst().orElseThrow();
	}
}
