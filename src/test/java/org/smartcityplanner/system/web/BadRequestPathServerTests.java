package org.smartcityplanner.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.testing.TestDatabaseInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Bad request paths against a real server: Tomcat parses and rejects some of them before any filter or
 * controller runs, so MockMvc cannot see what a browser would. Requests go over a raw socket so that no client
 * normalises or re-encodes the path.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "scp.demo.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class BadRequestPathServerTests {

	private static final String THAI_TITLE = "<title>คำขอไม่ถูกต้อง</title>";

	@LocalServerPort
	int port;

	@Test
	void pathsTomcatRejectsItselfGetTheApplicationsThaiPage() throws IOException {
		for (String path : new String[] { "/p/TH-65/%2F..%2Fadmin", "/a%00b", "/<script>", "/%zz", "/a%5Cb",
				"/{x}", "/p/TH-65/%2e%2e%2fadmin" }) {
			RawResponse response = get(path, "Accept: text/html\r\n");
			assertThat(response.status()).as(path).isEqualTo(400);
			assertThat(response.header("content-type")).as(path).startsWith("text/html");
			assertThat(response.body()).as(path).contains(THAI_TITLE).contains("Bad request");
			assertNoInternals(path, response);
		}
	}

	@Test
	void pathsTheSecurityFirewallRejectsGetTheSamePage() throws IOException {
		for (String path : new String[] { "/a%0Ab", "/a;b", "/p/TH-65/..;/admin", "/a%25b" }) {
			RawResponse response = get(path, "Accept: text/html\r\n");
			assertThat(response.status()).as(path).isEqualTo(400);
			assertThat(response.body()).as(path).contains(THAI_TITLE);
			assertNoInternals(path, response);
		}
	}

	@Test
	void theLanguageCookieTurnsTheRejectionPageEnglish() throws IOException {
		RawResponse response = get("/p/TH-65/%2F..%2Fadmin", "Accept: text/html\r\nCookie: scp-lang=en\r\n");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("<html lang=\"en\"").contains("<title>Bad request</title>");
		assertNoInternals("english", response);
	}

	@Test
	void anApiPathIsAnsweredWithProblemJsonInTheAskedLanguage() throws IOException {
		RawResponse thai = get("/api/v1/%2F", "Accept: application/json\r\n");
		assertThat(thai.status()).isEqualTo(400);
		assertThat(thai.header("content-type")).startsWith("application/problem+json");
		assertThat(thai.body()).contains("\"title\":\"คำขอไม่ถูกต้อง\"").contains("\"status\":400");
		assertNoInternals("api", thai);

		RawResponse english = get("/api/v1/a%00b", "Accept: application/json\r\nAccept-Language: en-GB,en\r\n");
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.header("content-type")).startsWith("application/problem+json");
		assertThat(english.body()).contains("\"title\":\"Bad request\"");

		RawResponse firewall = get("/api/v1/a;b", "Accept: application/json\r\n");
		assertThat(firewall.status()).isEqualTo(400);
		assertThat(firewall.header("content-type")).startsWith("application/problem+json");
		assertThat(firewall.body()).contains("คำขอไม่ถูกต้อง");
	}

	private static void assertNoInternals(String path, RawResponse response) {
		assertThat(response.raw()).as(path).doesNotContain("Apache Tomcat").doesNotContain("Exception")
			.doesNotContainIgnoringCase("tomcat").doesNotContain("HTTP Status 400");
		assertThat(response.header("server")).as(path).isNull();
		if (response.header("content-type").startsWith("text/html")
				|| response.header("content-type").startsWith("application/problem")) {
			assertThat(response.header("x-content-type-options")).as(path).isEqualTo("nosniff");
		}
	}

	private RawResponse get(String target, String headers) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Connection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			socket.getInputStream().transferTo(bytes);
			return new RawResponse(bytes.toString(StandardCharsets.UTF_8));
		}
	}

	/** A whole HTTP/1.1 response as text (chunked bodies are searched as they are, markers included). */
	record RawResponse(String raw) {

		int status() {
			return Integer.parseInt(raw.substring(9, 12));
		}

		String head() {
			int end = raw.indexOf("\r\n\r\n");
			return end < 0 ? raw : raw.substring(0, end);
		}

		String body() {
			int end = raw.indexOf("\r\n\r\n");
			return end < 0 ? "" : raw.substring(end + 4);
		}

		String header(String name) {
			for (String line : head().split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
					return line.substring(colon + 1).trim();
				}
			}
			return null;
		}
	}
}
