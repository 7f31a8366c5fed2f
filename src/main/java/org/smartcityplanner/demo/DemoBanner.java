package org.smartcityplanner.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Prints where the app answers and the demo sign-ins, so a newcomer can start clicking at once.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "scp.demo.enabled", havingValue = "true")
class DemoBanner {

	private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

	private final Environment environment;

	DemoBanner(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void printLogins() {
		StringBuilder text = new StringBuilder("\n\n  Smart City Planner is running at http://localhost:")
			.append(environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")))
			.append("/\n  Demo sign-ins (password for all: ").append(DemoData.PASSWORD).append("):\n");
		DemoData.ACCOUNTS.forEach(account -> text.append("    ").append(String.format("%-12s", account.username()))
			.append(" ").append(account.role()).append('\n'));
		log.info(text.toString());
	}
}
