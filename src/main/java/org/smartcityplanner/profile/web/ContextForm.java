package org.smartcityplanner.profile.web;

import jakarta.validation.constraints.Size;

import org.smartcityplanner.profile.ContextParts;
import org.smartcityplanner.profile.ProvinceContext;

/**
 * The province context form: five texts and the version the user started from ({@code null} while nothing
 * has been saved).
 */
class ContextForm {

	@Size(max = ContextParts.MAX_CHARS, message = "{profile.context.tooLong}")
	private String economy = "";
	@Size(max = ContextParts.MAX_CHARS, message = "{profile.context.tooLong}")
	private String society = "";
	@Size(max = ContextParts.MAX_CHARS, message = "{profile.context.tooLong}")
	private String environment = "";
	@Size(max = ContextParts.MAX_CHARS, message = "{profile.context.tooLong}")
	private String infrastructure = "";
	@Size(max = ContextParts.MAX_CHARS, message = "{profile.context.tooLong}")
	private String digitalReadiness = "";
	private Integer version;

	static ContextForm of(ProvinceContext context) {
		ContextForm form = new ContextForm();
		ContextParts parts = context.parts();
		form.economy = parts.economy();
		form.society = parts.society();
		form.environment = parts.environment();
		form.infrastructure = parts.infrastructure();
		form.digitalReadiness = parts.digitalReadiness();
		form.version = context.version();
		return form;
	}

	ContextParts parts() {
		return new ContextParts(economy, society, environment, infrastructure, digitalReadiness);
	}

	public String getEconomy() {
		return economy;
	}

	public void setEconomy(String economy) {
		this.economy = economy;
	}

	public String getSociety() {
		return society;
	}

	public void setSociety(String society) {
		this.society = society;
	}

	public String getEnvironment() {
		return environment;
	}

	public void setEnvironment(String environment) {
		this.environment = environment;
	}

	public String getInfrastructure() {
		return infrastructure;
	}

	public void setInfrastructure(String infrastructure) {
		this.infrastructure = infrastructure;
	}

	public String getDigitalReadiness() {
		return digitalReadiness;
	}

	public void setDigitalReadiness(String digitalReadiness) {
		this.digitalReadiness = digitalReadiness;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}
}
