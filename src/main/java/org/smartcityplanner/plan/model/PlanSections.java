package org.smartcityplanner.plan.model;

/**
 * The chapters the committee requires beyond the goal tree. Blank means not written yet.
 *
 * @param digitalInfrastructure the basic and digital infrastructure plan
 * @param dataSources City Data Platform: which data is collected and from where
 * @param dataOpenness City Data Platform: what is opened and how
 * @param dataSecurity City Data Platform: protection and cyber security
 * @param dataSharing City Data Platform: sharing between agencies
 * @param governanceBody management: the responsible organisation
 * @param roles management: who does what, public and private
 * @param financing management: how services are paid for
 * @param monitoring management: how progress is followed
 */
public record PlanSections(String digitalInfrastructure, String dataSources, String dataOpenness,
		String dataSecurity, String dataSharing, String governanceBody, String roles, String financing,
		String monitoring) {

	public static final PlanSections EMPTY = new PlanSections("", "", "", "", "", "", "", "", "");

	public PlanSections {
		digitalInfrastructure = text(digitalInfrastructure);
		dataSources = text(dataSources);
		dataOpenness = text(dataOpenness);
		dataSecurity = text(dataSecurity);
		dataSharing = text(dataSharing);
		governanceBody = text(governanceBody);
		roles = text(roles);
		financing = text(financing);
		monitoring = text(monitoring);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
