/**
 * Pure rules of KPI follow-up: quarterly reporting periods of the Thai fiscal year, the period lock, which way a
 * KPI improves, its status against the year's target, what value a unit accepts and when reminders are due.
 */
package org.smartcityplanner.monitoring.domain.kpi;
