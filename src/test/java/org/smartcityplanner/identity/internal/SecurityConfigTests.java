package org.smartcityplanner.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityConfigTests {

	@Test
	void mapTilesAreAllowedOnlyFromTheConfiguredServer() {
		assertThat(SecurityConfig.imageSources("")).isEqualTo("'self' data:");
		assertThat(SecurityConfig.imageSources(null)).isEqualTo("'self' data:");
		assertThat(SecurityConfig.imageSources("https://tiles.province.go.th:8443/{z}/{x}/{y}.png"))
			.isEqualTo("'self' data: https://tiles.province.go.th:8443");
		assertThat(SecurityConfig.imageSources("https://{s}.tile.example.org/{z}/{x}/{y}.png"))
			.isEqualTo("'self' data: https://*.tile.example.org");
		assertThat(SecurityConfig.imageSources("/tiles/{z}/{x}/{y}.png")).as("same origin").isEqualTo("'self' data:");
		assertThat(SecurityConfig.imageSources("https://evil.example; script-src *")).isEqualTo("'self' data:");
	}
}
