package org.smartcityplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.testing.CodeVocabulary;

/**
 * Every visible text comes from the message files, and both languages have every key.
 */
class I18nTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");
	private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
	/** Keys in Java: "{key}" in validation annotations, or a key passed to flash, reject or getMessage. */
	private static final Pattern JAVA_KEY = Pattern.compile("\"\\{([a-z][A-Za-z0-9_.]*[A-Za-z0-9_])}\"|"
			+ "(?:Flash(?:Attribute)?\\(\"flash\\w+\", |rejectValue\\(\"\\w+\", |reject\\(|getMessage\\()"
			+ "\"([a-z][A-Za-z0-9_.]*[A-Za-z0-9_])\"");
	/** Text that is not language: symbols, numbers and the product name. */
	private static final Pattern NEUTRAL_TEXT = Pattern.compile("[\\p{Punct}\\p{Sc}\\p{Sm}\\s\\d·–—…×]*");
	/** Attributes people read or hear; they must come from th:* attributes. */
	private static final List<String> READABLE_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label",
			"label");

	@Test
	void templatesContainNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				if (element.hasAttr("th:text") || element.hasAttr("th:utext") || element.tagName().equals("script")
						|| element.tagName().equals("style") || element.tagName().equals("code")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (!NEUTRAL_TEXT.matcher(text.text()).matches()) {
						literals.add(TEMPLATES.relativize(template) + ": \"" + text.text().trim() + "\"");
					}
				}
				for (String attribute : READABLE_ATTRIBUTES) {
					if (element.hasAttr(attribute) && !NEUTRAL_TEXT.matcher(element.attr(attribute)).matches()) {
						literals.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + element.attr(attribute)
								+ "\"");
					}
				}
			}
		}
		assertThat(literals).as("literal text in templates; use th:text=\"#{key}\"").isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesExistsInBothLanguages() throws IOException {
		Set<String> used = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = STATIC_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(missing(used, load("messages_th.properties"))).as("missing in messages_th").isEmpty();
		assertThat(missing(used, load("messages_en.properties"))).as("missing in messages_en").isEmpty();
	}

	@Test
	void everyKeyUsedInJavaExistsInBothLanguages() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path source : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = JAVA_KEY.matcher(Files.readString(source));
				while (matcher.find()) {
					used.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
				}
			}
		}
		assertThat(used).contains("validation.required", "admin.users.created");
		assertThat(missing(used, load("messages_th.properties"))).as("missing in messages_th").isEmpty();
		assertThat(missing(used, load("messages_en.properties"))).as("missing in messages_en").isEmpty();
	}

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		// the later line silently wins: a second meaning appended for the same key changes every page using the first
		for (String file : List.of("messages_th.properties", "messages_en.properties")) {
			Set<String> seen = new TreeSet<>();
			Set<String> twice = new TreeSet<>();
			for (String line : Files.readAllLines(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
				int equals = line.indexOf('=');
				if (!line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals).strip())) {
					twice.add(line.substring(0, equals).strip());
				}
			}
			assertThat(twice).as("keys defined twice in %s", file).isEmpty();
		}
	}

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		Set<String> thai = load("messages_th.properties").stringPropertyNames();
		Set<String> english = load("messages_en.properties").stringPropertyNames();
		assertThat(missing(thai, load("messages_en.properties"))).as("in Thai but not English").isEmpty();
		assertThat(missing(english, load("messages_th.properties"))).as("in English but not Thai").isEmpty();
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String file : List.of("messages_th.properties", "messages_en.properties")) {
			Properties messages = load(file);
			assertThat(messages.stringPropertyNames().stream().filter(key -> messages.getProperty(key).isBlank()))
				.as("empty messages in " + file).isEmpty();
		}
	}

	/**
	 * A Thai message names things in Thai: an enum constant's name (GOVERNMENT, LOCAL_GOVERNMENT) in its text is
	 * a code the reader has to decode. Acronyms Thai readers use (SWOT, AHP) are fine.
	 */
	@Test
	void thaiMessagesNameNoEnumConstant() throws IOException {
		Set<String> constants = CodeVocabulary.enumConstants();
		assertThat(constants).contains("LOCAL_GOVERNMENT", "COORDINATOR");
		Properties thai = load("messages_th.properties");
		Pattern token = Pattern.compile("(?<![\\p{L}\\d_-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\p{L}\\d_-])");
		Set<String> found = new TreeSet<>();
		for (String key : thai.stringPropertyNames()) {
			Matcher matcher = token.matcher(thai.getProperty(key));
			while (matcher.find()) {
				if (constants.contains(matcher.group()) && !CodeVocabulary.ACRONYMS.contains(matcher.group())) {
					found.add(key + ": " + matcher.group());
				}
			}
		}
		assertThat(found).as("enum constant names in Thai messages").isEmpty();
	}

	/** The audit log shows what happened to what in words: every entity type and action the code records. */
	@Test
	void everyAuditEntityTypeAndActionHasALabelInBothLanguages() throws IOException {
		CodeVocabulary.AuditVocabulary vocabulary = CodeVocabulary.auditVocabulary();
		assertThat(vocabulary.actions()).contains("issued", "downloaded", "queued", "registration-closed", "ticked",
				"unticked", "walked-in");
		assertThat(vocabulary.entityTypes()).contains("actionplan-run", "participation-meeting", "training-cohort");
		Set<String> keys = new TreeSet<>();
		vocabulary.entityTypes().forEach(type -> keys.add("audit.entity." + type));
		vocabulary.actions().forEach(action -> keys.add("audit.action." + action));
		// computed from enums: report jobs record their state, the plan its status
		for (String state : List.of("queued", "running", "done", "failed", "cancelled")) {
			keys.add("audit.action." + state);
		}
		for (String status : List.of("draft", "in_review", "submitted", "approved")) {
			keys.add("audit.action.status-" + status);
		}
		assertThat(missing(keys, load("messages_th.properties"))).as("missing in messages_th").isEmpty();
		assertThat(missing(keys, load("messages_en.properties"))).as("missing in messages_en").isEmpty();
	}

	private static Set<String> missing(Set<String> keys, Properties messages) {
		Set<String> missing = new TreeSet<>(keys);
		missing.removeAll(messages.stringPropertyNames());
		return missing;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(path -> path.toString().endsWith(".html")).toList();
		}
	}
}
