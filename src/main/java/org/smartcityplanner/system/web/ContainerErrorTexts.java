package org.smartcityplanner.system.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The error page and problem+json body for errors the servlet container answers itself, before the application
 * sees the request (a path with {@code %2F}, {@code %00}, {@code <} or a broken percent-encoding). Texts come
 * from the application's own message bundles, read directly because Spring is not reachable at that stage.
 */
final class ContainerErrorTexts {

	static final Locale THAI = Locale.forLanguageTag("th");

	private ContainerErrorTexts() {
	}

	/**
	 * A self-contained page: the chosen language first and, below it, the other language, because for a
	 * request line the container could not parse the user's language (cookie) is not known.
	 */
	static String page(int status, Locale first) {
		Locale second = isEnglish(first) ? THAI : Locale.ENGLISH;
		return "<!DOCTYPE html><html lang=\"" + first.getLanguage() + "\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
				+ "<title>" + html(text(first, titleKey(status))) + "</title>"
				+ "<style>body{font-family:system-ui,sans-serif;color:#212529;background:#fff;margin:2rem;line-height:1.5}"
				+ "main{max-width:40rem}a{color:#0a58ca}.other{color:#495057;border-top:1px solid #adb5bd;"
				+ "margin-top:2rem;padding-top:1rem}</style></head><body><main>"
				+ section(status, first, "") + section(status, second, " class=\"other\"")
				+ "</main></body></html>";
	}

	/** An RFC 9457 problem in one language; API clients name theirs with Accept-Language or the cookie. */
	static String problem(int status, Locale locale) {
		return "{\"type\":\"about:blank\",\"title\":\"" + json(text(locale, titleKey(status)))
				+ "\",\"status\":" + status + ",\"detail\":\"" + json(text(locale, messageKey(status))) + "\"}";
	}

	static boolean isEnglish(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	private static String section(int status, Locale locale, String attributes) {
		String tag = attributes.isEmpty() ? "h1" : "h2";
		return "<section lang=\"" + locale.getLanguage() + "\"" + attributes + "><" + tag + ">"
				+ html(text(locale, titleKey(status))) + "</" + tag + "><p>" + html(text(locale, messageKey(status)))
				+ "</p><p>" + html(MessageFormat.format(text(locale, "error.code"), String.valueOf(status)))
				+ "</p><p><a href=\"/\">" + html(text(locale, "error.backHome")) + "</a></p></section>";
	}

	/** Statuses without their own texts fall back to the general client or server error, as on /error. */
	private static int known(int status) {
		return ErrorMessages.isKnown(status) ? status : (status < 500 ? 400 : 500);
	}

	private static String titleKey(int status) {
		return "error." + known(status) + ".title";
	}

	private static String messageKey(int status) {
		return "error." + known(status) + ".message";
	}

	private static String text(Locale locale, String key) {
		return ResourceBundle.getBundle("messages", isEnglish(locale) ? Locale.ENGLISH : THAI,
				ContainerErrorTexts.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
	}

	private static String html(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
