package org.smartcityplanner.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description at {@code /api/docs}: scripts authenticate with a personal token created on the
 * "My account" page; errors are {@code application/problem+json} in Thai or English (Accept-Language).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	@Bean
	OpenAPI smartCityPlannerApi() {
		return new OpenAPI()
			.info(new Info().title("Smart City Planner API").version("v1")
				.description("Reference data, provinces, target areas and users. Authenticate with "
						+ "`Authorization: Bearer <token>` (create a token on the My account page). Errors are "
						+ "RFC 9457 problem+json; send `Accept-Language: en` for English messages (Thai by default).")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}
