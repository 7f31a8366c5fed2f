package org.smartcityplanner.participation.web.group;

import java.util.EnumMap;
import java.util.Map;

import org.smartcityplanner.participation.GroupSettings;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.SettingsDraft;
import org.smartcityplanner.shared.NumberInput;

/** The settings form as posted: letterhead, duties and the target per sector ({@code target[SECTOR]}). */
public class SettingsForm {

	private String groupName;
	private String issuer;
	private String duties;
	@NumberInput
	private Map<String, String> target = new java.util.LinkedHashMap<>();
	private int version;

	static SettingsForm of(GroupSettings settings) {
		SettingsForm form = new SettingsForm();
		form.groupName = settings.groupName();
		form.issuer = settings.issuer();
		form.duties = settings.duties();
		settings.targets().forEach((sector, value) -> form.target.put(sector.name(), String.valueOf(value)));
		form.version = settings.version();
		return form;
	}

	SettingsDraft draft() {
		Map<Sector, String> targets = new EnumMap<>(Sector.class);
		for (Sector sector : Sector.values()) {
			targets.put(sector, target.get(sector.name()));
		}
		return new SettingsDraft(groupName, issuer, duties, targets);
	}

	public String getGroupName() { return groupName; }
	public void setGroupName(String groupName) { this.groupName = groupName; }
	public String getIssuer() { return issuer; }
	public void setIssuer(String issuer) { this.issuer = issuer; }
	public String getDuties() { return duties; }
	public void setDuties(String duties) { this.duties = duties; }
	public Map<String, String> getTarget() { return target; }
	public void setTarget(Map<String, String> target) { this.target = target; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
}
