package org.smartcityplanner.actionplan.rules;

/**
 * The kind of a project as budget sources tell them apart (some sources fund only digital projects, others only
 * investment in the area).
 */
public enum ProjectType {

	/** Software, data platforms and digital services. */
	DIGITAL,
	/** Buildings, networks, equipment and other physical investment. */
	INFRASTRUCTURE,
	/** A public service run or improved. */
	SERVICE,
	/** Training, awareness and institutional capacity. */
	CAPACITY,
	/** Studies, designs and feasibility work. */
	STUDY
}
