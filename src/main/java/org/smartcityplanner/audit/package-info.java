/**
 * The audit log: every change to data with who, when, what and the state before and after.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.smartcityplanner.audit;
