/**
 * Project progress rules, free of any framework: a project's report for one quarter of the fiscal year, its
 * status and percentage, its milestones and the money committed and disbursed against the adopted allocation.
 */
package org.smartcityplanner.monitoring.domain.project;
