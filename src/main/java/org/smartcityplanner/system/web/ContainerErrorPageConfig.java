package org.smartcityplanner.system.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes Tomcat answer the requests it rejects itself with {@link ContainerErrorReportValve} instead of its own
 * English page, and makes requests Spring Security's firewall rejects ({@code ;}, {@code %0A}, {@code %25}) go
 * to the application's own {@code /error} page with status 400.
 * <p>
 * Tomcat's parsing stays strict on purpose: {@code server.tomcat.relaxed-path-chars} and
 * {@code relaxed-query-chars} stay empty ({@code <}, braces and {@code |} in a request line are refused) and an
 * encoded slash ({@code %2F}) is still rejected, because no page of the application needs them and accepting
 * them would only widen what path traversal and injection attempts can reach. Only the answer changes.
 * Tomcat sends no {@code Server} header (Spring Boot leaves {@code server.server-header} unset) and the valve
 * never shows a version or stack trace.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPageConfig {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReportValve() {
		// The Host is not started yet when contexts are prepared, so it creates our valve instead of Tomcat's.
		return factory -> factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ContainerErrorReportValve.class.getName());
			}
		});
	}

	/** Like Spring Security's default (status 400 through the error page), plus the header the valve sends too. */
	@Bean
	RequestRejectedHandler badPathRejectedHandler() {
		return (request, response, rejection) -> {
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.sendError(400);
		};
	}
}
