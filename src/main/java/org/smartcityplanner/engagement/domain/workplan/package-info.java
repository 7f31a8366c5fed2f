/**
 * The work plan's rules, free of any framework: the working-day calendar that places due dates, Buddhist-Era date
 * text, the deliverables' and milestones' status machines, and the file types a deliverable may be uploaded as.
 */
package org.smartcityplanner.engagement.domain.workplan;
