/** KPI owners, reported values with their approval, thresholds, reminders and bulk import. */
package org.smartcityplanner.monitoring.internal.kpi;
