package org.smartcityplanner.demo;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.demo.spi.DemoSignIn;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Prints where the app answers and the demo sign-ins the seeds offer, so a newcomer can start clicking at once.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "scp.demo.enabled", havingValue = "true")
class DemoBanner {

	private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

	private final Environment environment;
	private final List<DemoSeed> seeds;

	DemoBanner(Environment environment, DemoDataSeeder seeder) {
		this.environment = environment;
		this.seeds = seeder.seeds();
	}

	@EventListener(ApplicationReadyEvent.class)
	void printLogins() {
		log.info(text(environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))));
	}

	String text(String port) {
		List<DemoSignIn> signIns = seeds.stream().flatMap(seed -> seed.signIns().stream()).toList();
		StringBuilder text = new StringBuilder("\n\n  Smart City Planner is running at http://localhost:")
			.append(port).append("/\n  Demo sign-ins (password for all: ")
			.append(signIns.stream().map(DemoSignIn::password).distinct().collect(Collectors.joining(", ")))
			.append("):\n");
		signIns.forEach(signIn -> text.append("    ").append(String.format("%-12s", signIn.username()))
			.append(" ").append(signIn.role()).append('\n'));
		return text.toString();
	}
}
