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
