package org.smartcityplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.testing.CodeVocabulary;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

/**
 * Issue 17 item 17: the Thai interface shows no code. Every page reachable by links from the home page of the demo
 * province (one page per kind: ids and numbers stand for each other) is rendered in Thai for an admin and a
 * coordinator, and its visible text (text, titles, placeholders, labels for screen readers) is read for what
 * leaked from the code: a constant name of one of the application's enums (GOVERNMENT, LOCAL_GOVERNMENT), a
 * recorded audit verb (issued, queued, registration-closed), a field key (displayName), an English word from a
 * deny list (system, seed, purpose, greedy), or an alignment code (NS5, MP18, SDG03) that does not carry its
 * framework's name in a tooltip. Text marked {@code translate="no"} (values quoted as recorded, e.g. the audit
 * log's before and after) is left out, as translators leave it.
 */
// Seeding the demo is the slow part: done once, in a transaction every request of the class joins (MockMvc runs on
// the test's thread) and that is rolled back at the end, so the shared database stays as it was.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThaiPagesShowNoCodesWebTests extends WebTestSupport {

	private static final int MAX_PAGES = 400;
	/** Latin words that are not Thai text whatever the context (besides the audit verbs found in the code). */
	private static final Set<String> DENIED_WORDS = Set.of("system", "seed", "purpose", "greedy", "solver", "null",
			"true", "false");
	private static final Pattern UPPER_TOKEN = Pattern.compile("(?<![\\p{L}\\d_-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\p{L}\\d_-])");
	private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\p{L}\\d_.@/-])[a-z]+(?:-[a-z]+)*(?![\\p{L}\\d_@/]|-[a-z])");
	private static final Pattern CAMEL_CASE = Pattern.compile("(?<![\\p{L}\\d_.@/-])[a-z]+[A-Z][A-Za-z]*(?![\\p{L}\\d_@/])");
	private static final Pattern ALIGNMENT_CODE = Pattern.compile("(?<![\\p{L}\\d-])(?:NS|MP|M|SDG|PS)\\d{1,3}(?![\\p{L}\\d])");
	private static final Pattern THAI = Pattern.compile("\\p{IsThai}");
	private static final Pattern READABLE_ATTRIBUTES = Pattern.compile("title|placeholder|aria-label|alt");

	@Autowired
	List<DemoSeed> seeds;
	@Autowired
	PlatformTransactionManager transactions;

	private TransactionStatus seeded;
	private Set<String> enumConstants;
	private Set<String> auditVerbs;

	@BeforeAll
	void seedTheDemoInATransactionThatIsRolledBack() throws Exception {
		seeded = transactions.getTransaction(TransactionDefinition.withDefaults());
		new DemoDataSeeder(seeds).run(null);
		enumConstants = CodeVocabulary.enumConstants();
		auditVerbs = CodeVocabulary.auditVocabulary().actions();
	}

	@AfterAll
	void forgetTheDemo() {
		if (seeded != null) {
			transactions.rollback(seeded);
		}
	}

	@Test
	void theFinderKnowsTheCodesItLooksFor() {
		assertThat(enumConstants).contains("LOCAL_GOVERNMENT", "GOVERNMENT", "COORDINATOR");
		assertThat(auditVerbs).contains("issued", "downloaded", "queued", "registration-closed");
		assertThat(leaks(Jsoup.parse("<p>ภาคส่วน LOCAL_GOVERNMENT โดย system: issued displayName "
				+ "<span>NS5</span> <abbr title=\"ยุทธศาสตร์ชาติ\">NS2</abbr></p><p translate=\"no\">queued</p>"
				+ "<p>SWOT Smart City Planner</p>")))
			.containsExactly("LOCAL_GOVERNMENT", "system", "issued", "displayName", "NS5 (no tooltip)");
	}

	@Test
	void pagesInThaiShowNoEnumNamesCodesOrEnglishWords() throws Exception {
		Map<String, Set<String>> found = new LinkedHashMap<>();
		Set<String> read = new TreeSet<>();
		Cookie admin = signedIn("i18n.scan.admin", Role.ADMIN);
		Cookie coordinator = signedIn("i18n.scan.coordinator", Role.COORDINATOR, DemoDataSeeder.PROVINCE);
		crawl(admin, List.of("/", "/p/TH-65", "/admin/audit", "/admin/users", "/reference", "/admin/work-plan-template",
				"/admin/holidays", "/p/TH-65/engagement/work-plan"), found, read);
		crawl(coordinator, List.of("/", "/p/TH-65", "/p/TH-65/engagement/work-plan"), found, read);
		// every module's pages were among them, the participation module's included
		assertThat(read).as("pages read").hasSizeGreaterThan(60)
			.anyMatch(path -> path.startsWith("/p/TH-65/participation/group"))
			.anyMatch(path -> path.startsWith("/p/TH-65/participation/meetings/"))
			.anyMatch(path -> path.startsWith("/p/TH-65/participation/surveys/"))
			.anyMatch(path -> path.startsWith("/p/TH-65/training/"))
			.anyMatch(path -> path.startsWith("/p/TH-65/actionplan/"))
			.anyMatch(path -> path.startsWith("/p/TH-65/plan/alignment"))
			.anyMatch(path -> path.startsWith("/p/TH-65/profile"))
			.contains("/admin/audit", "/reference/sdgs");
		System.out.println("ThaiPagesShowNoCodesWebTests read " + read.size() + " pages: " + read);
		assertThat(found).as("codes and English words in Thai pages").isEmpty();
	}

	/** Visits pages breadth first from {@code starts}, one of each kind, adding those read to {@code read}. */
	private void crawl(Cookie session, List<String> starts, Map<String, Set<String>> found, Set<String> read)
			throws Exception {
		Deque<String> queue = new ArrayDeque<>(starts);
		Set<String> kinds = new LinkedHashSet<>();
		int pages = 0;
		while (!queue.isEmpty() && pages < MAX_PAGES) {
			String path = queue.poll();
			if (!kinds.add(kind(path))) {
				continue;
			}
			MockHttpServletResponse response = mvc.perform(get(path).param("lang", "th").cookie(session)).andReturn()
				.getResponse();
			if (response.getStatus() != 200 || response.getContentType() == null
					|| !response.getContentType().startsWith("text/html")) {
				continue;
			}
			pages++;
			read.add(path);
			Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + path);
			Set<String> leaks = leaks(page);
			if (!leaks.isEmpty()) {
				found.computeIfAbsent(path, key -> new TreeSet<>()).addAll(leaks);
			}
			for (Element link : page.select("a[href]")) {
				String href = link.attr("href");
				if (href.startsWith("/") && !href.startsWith("//") && followable(href)) {
					queue.add(href.replaceAll("[?#].*$", ""));
				}
			}
		}
	}

	private static boolean followable(String href) {
		String path = href.replaceAll("[?#].*$", "");
		return !path.startsWith("/api") && !path.startsWith("/logout") && !path.startsWith("/actuator")
				&& !path.startsWith("/webjars") && !path.matches(".*\\.(docx|xlsx|pdf|csv|json|png|svg|zip|js|css)$");
	}

	/** Pages of one kind: the same path with other ids. */
	private static String kind(String path) {
		return path.replaceAll("/[0-9]+(?=/|$)", "/#").replaceAll("/[0-9a-f]{8}-[0-9a-f-]{27,}(?=/|$)", "/#")
			.replaceAll("/[A-Za-z0-9]{1,3}-[0-9A-Za-z-]+(?=/|$)", "/@");
	}

	/** What leaked from the code into the visible text of {@code page}. */
	private Set<String> leaks(Document page) {
		Set<String> leaks = new LinkedHashSet<>();
		// text marked as another language (the reference data's English names) or as not to translate is left out
		page.select("script, style, [translate=no], [lang]:not([lang=th]):not(html)").remove();
		page.select("dl.audit-changes dt").forEach(label -> {
			if (!THAI.matcher(label.text()).find()) {
				leaks.add("audit field " + label.text());
			}
		});
		for (Element element : page.getAllElements()) {
			for (Node child : element.childNodes()) {
				if (child instanceof TextNode text) {
					scan(text.text(), element, leaks);
				}
			}
			element.attributes().forEach(attribute -> {
				if (READABLE_ATTRIBUTES.matcher(attribute.getKey()).matches()) {
					scan(attribute.getValue(), null, leaks);
				}
			});
		}
		return leaks;
	}

	private void scan(String text, Element element, Set<String> leaks) {
		Matcher upper = UPPER_TOKEN.matcher(text);
		while (upper.find()) {
			String token = upper.group();
			if (enumConstants.contains(token) && !CodeVocabulary.ACRONYMS.contains(token)) {
				leaks.add(token);
			}
		}
		Matcher word = LATIN_WORD.matcher(text);
		while (word.find()) {
			if (DENIED_WORDS.contains(word.group()) || auditVerbs.contains(word.group())) {
				leaks.add(word.group());
			}
		}
		Matcher camel = CAMEL_CASE.matcher(text);
		while (camel.find()) {
			leaks.add(camel.group());
		}
		if (element != null) {
			Matcher code = ALIGNMENT_CODE.matcher(text);
			while (code.find()) {
				if (element.closest("abbr[title]") == null) {
					leaks.add(code.group() + " (no tooltip)");
				}
			}
		}
	}
}
