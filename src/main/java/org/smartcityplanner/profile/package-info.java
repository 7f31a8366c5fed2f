/**
 * The province and target-area profile: the province's context in five parts, the strategies of its own
 * development plan, SWOT analyses, and target areas with their GeoJSON boundary, computed size, positioning
 * statement and lead smart dimensions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "reference", "audit", "demo :: spi" })
package org.smartcityplanner.profile;
