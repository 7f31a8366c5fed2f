package org.smartcityplanner.profile.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The map works offline: without a configured tile URL it draws the areas on a plain background. A provincial
 * LAN tile server (or any other) can be set with {@code scp.map.tile-url}, e.g.
 * {@code https://tiles.example/{z}/{x}/{y}.png}, and its credit with {@code scp.map.tile-attribution}.
 */
@Component
class MapSettings {

	private final String tileUrl;
	private final String tileAttribution;

	MapSettings(@Value("${scp.map.tile-url:}") String tileUrl,
			@Value("${scp.map.tile-attribution:}") String tileAttribution) {
		this.tileUrl = tileUrl == null ? "" : tileUrl.strip();
		this.tileAttribution = tileAttribution == null ? "" : tileAttribution.strip();
	}

	public String getTileUrl() {
		return tileUrl;
	}

	public String getTileAttribution() {
		return tileAttribution;
	}
}
