package org.smartcityplanner.identity.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class ProvinceScopeWebConfig implements WebMvcConfigurer {

	private final ProvinceScopeInterceptor provinceScope;

	ProvinceScopeWebConfig(ProvinceScopeInterceptor provinceScope) {
		this.provinceScope = provinceScope;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(provinceScope);
	}
}
