package org.smartcityplanner.plan.web;

import jakarta.validation.constraints.Size;

/**
 * The committee's required chapters: infrastructure, City Data Platform, management.
 */
public class SectionsForm {

	@Size(max = 20000, message = "{validation.tooLong}")
	private String digitalInfrastructure = "";

	@Size(max = 20000, message = "{validation.tooLong}")
	private String dataSources = "";

	@Size(max = 20000, message = "{validation.tooLong}")
	private String dataOpenness = "";

	@Size(max = 20000, message = "{validation.tooLong}")
	private String dataSecurity = "";

	@Size(max = 20000, message = "{validation.tooLong}")
	private String dataSharing = "";

	@Size(max = 20000, message = "{validation.tooLong}")
	private String governanceBody = "";

	@Size(max = 20000, message = "{validation.tooLong}")
	private String roles = "";

	@Size(max = 20000, message = "{validation.tooLong}")
	private String financing = "";

	@Size(max = 20000, message = "{validation.tooLong}")
	private String monitoring = "";

	private int version;

	public String getDigitalInfrastructure() {
		return digitalInfrastructure;
	}

	public void setDigitalInfrastructure(String digitalInfrastructure) {
		this.digitalInfrastructure = digitalInfrastructure;
	}

	public String getDataSources() {
		return dataSources;
	}

	public void setDataSources(String dataSources) {
		this.dataSources = dataSources;
	}

	public String getDataOpenness() {
		return dataOpenness;
	}

	public void setDataOpenness(String dataOpenness) {
		this.dataOpenness = dataOpenness;
	}

	public String getDataSecurity() {
		return dataSecurity;
	}

	public void setDataSecurity(String dataSecurity) {
		this.dataSecurity = dataSecurity;
	}

	public String getDataSharing() {
		return dataSharing;
	}

	public void setDataSharing(String dataSharing) {
		this.dataSharing = dataSharing;
	}

	public String getGovernanceBody() {
		return governanceBody;
	}

	public void setGovernanceBody(String governanceBody) {
		this.governanceBody = governanceBody;
	}

	public String getRoles() {
		return roles;
	}

	public void setRoles(String roles) {
		this.roles = roles;
	}

	public String getFinancing() {
		return financing;
	}

	public void setFinancing(String financing) {
		this.financing = financing;
	}

	public String getMonitoring() {
		return monitoring;
	}

	public void setMonitoring(String monitoring) {
		this.monitoring = monitoring;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
