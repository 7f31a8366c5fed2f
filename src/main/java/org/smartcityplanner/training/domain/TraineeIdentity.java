package org.smartcityplanner.training.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Who a trainee is without a national ID: name and organisation together with a phone number or an e-mail
 * address. Two registrations with the same name and organisation and the same phone (or the same e-mail) are the
 * same person. Names and organisations are compared without case, extra spaces, dots or Thai/English honorifics,
 * so "นาย สมชาย  ใจดี" equals "สมชาย ใจดี"; e-mails without case; phones in their normal form.
 */
public final class TraineeIdentity {

	private static final String[] HONORIFICS = { "นางสาว", "นาง", "นาย", "น.ส.", "ดร.", "ผศ.", "รศ.", "ศ.",
			"mrs.", "mrs ", "mr.", "mr ", "ms.", "ms ", "miss ", "dr.", "dr " };

	private TraineeIdentity() {
	}

	/** The key of name + organisation + phone, {@code null} without a phone. */
	public static String phoneKey(String name, String organisation, String normalisedPhone) {
		return normalisedPhone == null ? null : base(name, organisation) + "|p:" + normalisedPhone;
	}

	/** The key of name + organisation + e-mail, {@code null} without an e-mail. */
	public static String emailKey(String name, String organisation, String email) {
		return email == null || email.isBlank() ? null
				: base(name, organisation) + "|e:" + email.strip().toLowerCase(Locale.ROOT);
	}

	/** Whether two people are the same trainee by these rules. */
	public static boolean samePerson(Person a, Person b) {
		String aPhone = phoneKey(a.name(), a.organisation(), ThaiPhone.normalise(a.phone()).orElse(null));
		String bPhone = phoneKey(b.name(), b.organisation(), ThaiPhone.normalise(b.phone()).orElse(null));
		String aEmail = emailKey(a.name(), a.organisation(), a.email());
		String bEmail = emailKey(b.name(), b.organisation(), b.email());
		return aPhone != null && aPhone.equals(bPhone) || aEmail != null && aEmail.equals(bEmail);
	}

	/** The identifying facts of a registration. */
	public record Person(String name, String organisation, String phone, String email) {
	}

	static String base(String name, String organisation) {
		return simplifiedName(name) + "|" + simplified(organisation);
	}

	static String simplifiedName(String name) {
		String s = simplified(name);
		boolean stripped = true;
		while (stripped) {
			stripped = false;
			for (String honorific : HONORIFICS) {
				String h = honorific.strip();
				if (s.startsWith(honorific) || s.startsWith(h) && s.length() > h.length() && isThai(h)) {
					s = s.substring(s.startsWith(honorific) ? honorific.length() : h.length()).strip();
					stripped = true;
				}
			}
		}
		return s;
	}

	private static boolean isThai(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI);
	}

	static String simplified(String text) {
		if (text == null) {
			return "";
		}
		String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		return s.replaceAll("[\\s\\u00A0\\u200B]+", " ").strip();
	}
}
