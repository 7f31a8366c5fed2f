package org.smartcityplanner.engagement.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Whether a template the engagement page includes is there ({@code ${@engagementFragments.has('...')}}): the team
 * and work-plan sections are built alongside this page, and a page must not fail while one is missing.
 */
@Component("engagementFragments")
public class EngagementFragments {

	private final ResourceLoader resources;
	private final Map<String, Boolean> known = new ConcurrentHashMap<>();

	EngagementFragments(ResourceLoader resources) {
		this.resources = resources;
	}

	/** Whether {@code templates/<name>.html} exists on the class path. */
	public boolean has(String name) {
		return known.computeIfAbsent(name,
				template -> resources.getResource("classpath:/templates/" + template + ".html").exists());
	}
}
