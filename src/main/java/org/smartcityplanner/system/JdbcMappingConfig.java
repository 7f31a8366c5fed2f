package org.smartcityplanner.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC quotes identifiers and upper-cases derived names on H2, which then no longer match the
 * lower-case names our migrations create. Unquoted identifiers fold the same way on H2 (DATABASE_TO_LOWER) and
 * PostgreSQL, so one set of migrations and mappings serves both.
 */
@Configuration(proxyBeanMethods = false)
class JdbcMappingConfig {

	@Bean
	static BeanPostProcessor unquotedJdbcIdentifiers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}
}
