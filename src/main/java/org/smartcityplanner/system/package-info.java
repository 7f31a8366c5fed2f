/**
 * The web shell: locale, layout model, error pages and API error responses.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "reference" })
package org.smartcityplanner.system;
