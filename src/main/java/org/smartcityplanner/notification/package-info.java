/**
 * Each user's in-app notifications (a deliverable due in 7 days, a value to report, a review requested): other
 * modules post them, mostly from scheduled jobs; the user reads them on one page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity" })
package org.smartcityplanner.notification;
