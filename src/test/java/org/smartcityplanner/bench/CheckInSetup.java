package org.smartcityplanner.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares the check-in benchmark through the running application's own pages, as a training officer and the
 * trainees would (no shortcut into the database): signs in as the demo administrator, creates a cohort, opens its
 * registration, adds a session running now with a consultant as trainer and reads its signed check-in link off the
 * session page; then the trainees register on the public registration form (on either node), each receiving the
 * personal-link token that the browser would keep as the {@code scp_trainee} cookie.
 */
final class CheckInSetup {

	/** A registered trainee: the token of their personal link and the check-in link of their cohort's session. */
	record Trainee(String token, String link) {
	}

	/** A cohort made for the run: its id, its session's id and its trainees. */
	record PreparedCohort(long cohortId, long sessionId, List<Trainee> trainees) {
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
	private static final Pattern COHORT_ID = Pattern.compile("/training/(\\d+)$");
	private static final Pattern SESSION_ID = Pattern.compile("/training/sessions/(\\d+)$");
	private static final Pattern REGISTRATION_KEY = Pattern.compile("id=\"registration-link\"[^>]*\\svalue=\"[^\"]*/training/register/([^\"]+)\"");
	private static final Pattern CHECK_IN_LINK = Pattern.compile("id=\"checkin-link\"[^>]*\\svalue=\"[^\"]*?(/training/check-in/[^\"]+)\"");
	private static final Pattern TRAINER = Pattern.compile("name=\"trainerIds\"[^>]*\\svalue=\"(\\d+)\"");
	private static final Pattern TOKEN = Pattern.compile("/t/([^/?#]+)$");
	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final List<String> nodes;
	private final String province;
	private final HttpClient officer;

	private CheckInSetup(List<String> nodes, String province, HttpClient officer) {
		this.nodes = nodes;
		this.province = province;
		this.officer = officer;
	}

	/** Signs in as the demo administrator on the first node. */
	static CheckInSetup signIn(List<String> nodes, String province) throws IOException, InterruptedException {
		HttpClient client = client(null);
		String base = nodes.get(0);
		String csrf = csrf(get(client, base + "/login").body());
		HttpResponse<String> login = client.send(HtmlForms.post(base + "/login",
				Map.of("username", "admin", "password", "demo-2569", "_csrf", csrf)), HttpResponse.BodyHandlers.ofString());
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("error") || location.contains("login")) {
			throw new IllegalStateException("sign-in refused: " + login.statusCode() + " " + location);
		}
		return new CheckInSetup(nodes, province, client);
	}

	/** A cohort with an open session running now and {@code trainees} registered on the public form. */
	PreparedCohort cohort(String name, int trainees, int phonePrefix) throws Exception {
		String base = nodes.get(0) + "/p/" + province + "/training";
		LocalDate today = LocalDate.now(BANGKOK);
		Map<String, String> cohortForm = new LinkedHashMap<>();
		cohortForm.put("_csrf", csrf(get(officer, base + "/new").body()));
		cohortForm.put("name", name);
		cohortForm.put("capacity", "80");
		cohortForm.put("startDate", today.minusDays(7).toString());
		cohortForm.put("endDate", today.plusDays(23).toString());
		cohortForm.put("retentionDays", "365");
		cohortForm.put("passPercent", "60");
		cohortForm.put("minAttendancePercent", "80");
		long cohortId = Long.parseLong(redirectId(officer.send(HtmlForms.post(base, cohortForm),
				HttpResponse.BodyHandlers.ofString()), COHORT_ID, "cohort"));

		String cohortPage = get(officer, base + "/" + cohortId).body();
		send(base + "/" + cohortId + "/registration", Map.of("_csrf", csrf(cohortPage), "open", "true"));
		String registrationKey = find(REGISTRATION_KEY, get(officer, base + "/" + cohortId).body(), "registration link");

		long sessionId = addSessionRunningNow(base, cohortId);
		String sessionPage = get(officer, base + "/sessions/" + sessionId).body();
		String link = find(CHECK_IN_LINK, sessionPage, "check-in link").replace("&amp;", "&");
		return new PreparedCohort(cohortId, sessionId, register(registrationKey, link, trainees, phonePrefix));
	}

	/** A session of today that started five minutes ago (Thailand time) and lasts two hours. */
	private long addSessionRunningNow(String base, long cohortId) throws Exception {
		String formPage = get(officer, base + "/" + cohortId + "/sessions/new").body();
		String topics = HtmlForms.form(formPage, "/sessions\"");
		ZonedDateTime now = ZonedDateTime.now(BANGKOK);
		// a run just after midnight starts the session at midnight: it still runs now
		LocalTime start = now.toLocalTime().minusMinutes(5).isAfter(now.toLocalTime()) ? LocalTime.MIDNIGHT
				: now.toLocalTime().minusMinutes(5);
		LocalTime end = start.plusHours(2).isBefore(start) ? LocalTime.of(23, 59) : start.plusHours(2);
		DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", csrf(formPage));
		form.put("topicCode", HtmlForms.options(topics, "topicCode").get(0));
		form.put("title", "ช่วงทดสอบการลงเวลา");
		form.put("date", now.toLocalDate().toString());
		form.put("startTime", start.format(hhmm));
		form.put("endTime", end.format(hhmm));
		form.put("venue", "ห้องประชุมชั้น 2");
		form.put("onlineLink", "");
		form.put("trainerIds", find(TRAINER, formPage, "consultant to train"));
		return Long.parseLong(redirectId(officer.send(HtmlForms.post(base + "/" + cohortId + "/sessions", form),
				HttpResponse.BodyHandlers.ofString()), SESSION_ID, "session"));
	}

	/**
	 * Registers the trainees on the public form, alternating the nodes: every one shows the form, waits the few
	 * seconds the bot guard asks of a person, and sends it; the personal link it is sent to carries the token.
	 */
	private List<Trainee> register(String key, String link, int count, int phonePrefix) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 30));
		try {
			List<Future<Trainee>> registered = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				registered.add(pool.submit(() -> registerOne(nodes.get(n % nodes.size()), key, link, n, phonePrefix)));
			}
			List<Trainee> trainees = new ArrayList<>();
			for (Future<Trainee> trainee : registered) {
				trainees.add(trainee.get());
			}
			return trainees;
		}
		finally {
			pool.shutdown();
		}
	}

	private static Trainee registerOne(String node, String key, String link, int n, int phonePrefix) throws Exception {
		HttpClient browser = client(null);
		String url = node + "/training/register/" + key;
		Map<String, String> form = HtmlForms.hiddenFields(HtmlForms.form(get(browser, url).body(), "/training/register/"));
		Thread.sleep(3_300);
		form.put("fullName", "ผู้ทดสอบ " + phonePrefix + "-" + n);
		form.put("organisation", "สำนักงานทดสอบระบบ");
		form.put("sector", "GOVERNMENT");
		form.put("jobTitle", "นักวิเคราะห์");
		form.put("phone", String.format("08%d%07d", phonePrefix, n));
		form.put("email", "");
		form.put("consent", "true");
		HttpResponse<String> sent = browser.send(HtmlForms.post(url, form), HttpResponse.BodyHandlers.ofString());
		return new Trainee(redirectId(sent, TOKEN, "trainee registration"), link);
	}

	private void send(String url, Map<String, String> form) throws IOException, InterruptedException {
		HttpResponse<String> response = officer.send(HtmlForms.post(url, form), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 302) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
	}

	private static String redirectId(HttpResponse<String> response, Pattern pattern, String what) {
		String location = response.headers().firstValue("Location").orElse("");
		Matcher m = pattern.matcher(location);
		if (response.statusCode() != 302 || !m.find()) {
			throw new IllegalStateException(what + " refused: " + response.statusCode() + " " + location);
		}
		return m.group(1);
	}

	private static String find(Pattern pattern, String html, String what) {
		Matcher m = pattern.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no " + what + " on the page");
		}
		return m.group(1);
	}

	static String csrf(String html) {
		return find(CSRF, html, "CSRF token");
	}

	/** A browser of its own (cookies, no redirects followed), carrying the trainee's personal-link cookie if any. */
	static HttpClient client(String traineeToken) {
		CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		if (traineeToken != null) {
			HttpCookie cookie = new HttpCookie("scp_trainee", traineeToken);
			cookie.setPath("/");
			cookie.setVersion(0);
			cookies.getCookieStore().add(URI.create("http://127.0.0.1/"), cookie);
		}
		return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
	}

	static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
