/**
 * The work plan's rules, free of any framework: the working-day calendar that places due dates, Buddhist-Era date
 * text, and the deliverables' and milestones' status machines.
 */
package org.smartcityplanner.engagement.domain.workplan;
