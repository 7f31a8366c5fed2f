/**
 * Renewal readiness for the smart-city mark, free of any framework: per smart dimension the share of KPIs on
 * track and of projects on schedule against the thresholds, and the verdict per dimension and overall.
 */
package org.smartcityplanner.monitoring.domain.renewal;
