/**
 * The province and target-area profile: target areas with their type, population and size.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "reference", "audit" })
package org.smartcityplanner.profile;
