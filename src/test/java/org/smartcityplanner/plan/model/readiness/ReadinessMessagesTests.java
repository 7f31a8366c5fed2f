package org.smartcityplanner.plan.model.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message key the readiness check hands to the UI exists in both languages and formats cleanly.
 */
class ReadinessMessagesTests {

	private static final Path SOURCES = Path.of("src/main/java/org/smartcityplanner/plan/model/readiness");
	private static final Pattern KEY_LITERAL = Pattern.compile("\"(readiness\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

	@ParameterizedTest
	@ValueSource(strings = { "messages_th.properties", "messages_en.properties" })
	void everyKeyTheReadinessCheckUsesHasAMessage(String file) throws IOException {
		Properties messages = load(file);

		assertThat(usedKeys()).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages_th.properties", "messages_en.properties" })
	void everyReadinessMessageIsAValidMessageFormat(String file) throws IOException {
		Properties messages = load(file);

		for (String key : messages.stringPropertyNames()) {
			if (key.startsWith("readiness.")) {
				assertThatCode(() -> new MessageFormat(messages.getProperty(key))).as(key).doesNotThrowAnyException();
			}
		}
	}

	private static Set<String> usedKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(SOURCES)) {
			for (Path source : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = KEY_LITERAL.matcher(Files.readString(source));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		ReadinessCheck.standard().policies().forEach(policy -> keys.add(policy.titleKey()));
		for (CheckStatus status : CheckStatus.values()) {
			keys.add("readiness.status." + status.name());
		}
		assertThat(keys).contains("readiness.kpi.missingTarget", "readiness.policy.C1");
		return keys;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ReadinessMessagesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
