package org.smartcityplanner.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a public form's fields out of its page and sends them back as the browser would (no JavaScript). */
final class HtmlForms {

	private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>.*?</form>", Pattern.DOTALL);
	private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
	private static final Pattern OPTION = Pattern.compile("<option\\b[^>]*\\svalue=\"([^\"]*)\"");
	private static final Pattern ATTRIBUTE = Pattern.compile("\\s(type|name|value)=\"([^\"]*)\"");

	private HtmlForms() {
	}

	/** The first form whose opening tag contains {@code marker} (e.g. {@code /support"}), or "" without one. */
	static String form(String page, String marker) {
		Matcher form = FORM.matcher(page);
		while (form.find()) {
			String html = form.group();
			if (html.substring(0, html.indexOf('>') + 1).contains(marker)) {
				return html;
			}
		}
		return "";
	}

	/** The hidden inputs (CSRF token, stamp, keys) of a form's HTML, in order. */
	static Map<String, String> hiddenFields(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher input = INPUT.matcher(html);
		while (input.find()) {
			Map<String, String> attributes = attributes(input.group());
			if ("hidden".equals(attributes.get("type")) && attributes.containsKey("name")) {
				fields.put(attributes.get("name"), unescape(attributes.getOrDefault("value", "")));
			}
		}
		return fields;
	}

	/** Whether the form sends multipart/form-data (it has a file field). */
	static boolean multipart(String formHtml) {
		return formHtml.substring(0, Math.max(0, formHtml.indexOf('>'))).contains("multipart/form-data");
	}

	/** The names of a form's file inputs. */
	static List<String> fileFields(String formHtml) {
		List<String> names = new ArrayList<>();
		Matcher input = INPUT.matcher(formHtml);
		while (input.find()) {
			Map<String, String> attributes = attributes(input.group());
			if ("file".equals(attributes.get("type")) && attributes.containsKey("name")) {
				names.add(attributes.get("name"));
			}
		}
		return names;
	}

	/**
	 * A multipart POST as a browser sends it when no file was chosen: every field as a part, every file field as an
	 * empty part without a file name.
	 */
	static HttpRequest postMultipart(String url, Map<String, String> fields, List<String> emptyFiles) {
		String boundary = "----scpbench" + Long.toHexString(System.nanoTime());
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
			.append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value)
			.append("\r\n"));
		emptyFiles.forEach(name -> body.append("--").append(boundary).append("\r\n")
			.append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"\"\r\n")
			.append("Content-Type: application/octet-stream\r\n\r\n\r\n"));
		body.append("--").append(boundary).append("--\r\n");
		return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
	}

	/** A form POST (application/x-www-form-urlencoded) with a 10 s timeout. */
	static HttpRequest post(String url, Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(encode(name)).append('=')
			.append(encode(value)));
		return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
	}

	/** The values of a select's options, in order (e.g. the smart dimensions of the idea form). */
	static List<String> options(String formHtml, String selectName) {
		Matcher select = Pattern.compile("<select\\b[^>]*\\sname=\"" + Pattern.quote(selectName) + "\"[^>]*>(.*?)</select>",
				Pattern.DOTALL).matcher(formHtml);
		List<String> values = new ArrayList<>();
		if (select.find()) {
			Matcher option = OPTION.matcher(select.group(1));
			while (option.find()) {
				if (!option.group(1).isEmpty()) {
					values.add(unescape(option.group(1)));
				}
			}
		}
		return values;
	}

	private static Map<String, String> attributes(String tag) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher attribute = ATTRIBUTE.matcher(tag);
		while (attribute.find()) {
			attributes.putIfAbsent(attribute.group(1), attribute.group(2));
		}
		return attributes;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String unescape(String value) {
		return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
			.replace("&amp;", "&");
	}
}
