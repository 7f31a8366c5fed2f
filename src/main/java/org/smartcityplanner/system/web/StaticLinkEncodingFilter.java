package org.smartcityplanner.system.web;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Spring's {@link ResourceUrlEncodingFilter} (which Boot installs because webjars are versionless here) hands
 * every link a page builds to the static-resource chain, so that {@code /webjars/bootstrap/...} gains its
 * version. Static resources are mapped at {@code /**}, so a link to a page such as
 * {@code /p/TH-65/plan/projects/<id>} is looked up in four classpath locations across every jar, and the chain
 * caches only hits. The plan tree builds thousands of links; these misses were two thirds of its CPU time (see
 * {@code bench/plan-pages.sh}).
 *
 * <p>This filter keeps Spring's behaviour and remembers the links the chain left unchanged: next time they are
 * encoded as the chain would have encoded them, without the lookup. The chain's answer depends only on the link
 * (the application runs at one context path, the dispatcher at {@code /}) and the classpath, which does not
 * change while the application runs. Only answers the chain actually gave count: a request that had no resource
 * URL provider yet teaches nothing. The memory is bounded; when it is full it starts again.
 */
class StaticLinkEncodingFilter extends ResourceUrlEncodingFilter {

	/** About a dozen large plan trees' worth of links. */
	static final int MAX_REMEMBERED = 20_000;

	private final Set<String> unchanged = ConcurrentHashMap.newKeySet();

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(response instanceof HttpServletResponse original)) {
			super.doFilter(request, response, chain);
			return;
		}
		super.doFilter(request, response, (wrappedRequest, wrappedResponse) -> chain.doFilter(wrappedRequest,
				wrappedResponse instanceof HttpServletResponse resolving
						? new Remembering(wrappedRequest, resolving, original) : wrappedResponse));
	}

	int remembered() {
		return unchanged.size();
	}

	/** Asks Spring's wrapper about a link once; afterwards goes straight to the response it wraps. */
	private final class Remembering extends HttpServletResponseWrapper {

		private final ServletRequest request;

		private final HttpServletResponse original;

		Remembering(ServletRequest request, HttpServletResponse resolving, HttpServletResponse original) {
			super(resolving);
			this.request = request;
			this.original = original;
		}

		@Override
		public String encodeURL(String url) {
			if (url != null && unchanged.contains(url)) {
				return original.encodeURL(url);
			}
			String resolved = super.encodeURL(url);
			// without the provider (not set before the handler runs) the chain was not asked: nothing to learn
			boolean chainAsked = request
				.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR) != null;
			if (url != null && chainAsked && resolved != null && resolved.equals(original.encodeURL(url))) {
				if (unchanged.size() >= MAX_REMEMBERED) {
					unchanged.clear();
				}
				unchanged.add(url);
			}
			return resolved;
		}
	}

	/**
	 * Registered like Boot's own (which backs off when a {@link ResourceUrlEncodingFilter} is defined): for
	 * requests and error pages.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<ResourceUrlEncodingFilter> staticLinkEncodingFilter() {
			FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
					new StaticLinkEncodingFilter());
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
			return registration;
		}
	}
}
