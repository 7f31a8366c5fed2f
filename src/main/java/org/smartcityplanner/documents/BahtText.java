package org.smartcityplanner.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.smartcityplanner.shared.Baht;

/**
 * Amounts of baht in words, as forms and contracts write them: "หนึ่งล้านสองแสนบาทถ้วน",
 * "ยี่สิบเอ็ดบาทยี่สิบห้าสตางค์". Follows the spreadsheet function BAHTTEXT: a one in the units place after
 * any higher digit is "เอ็ด" (101 = หนึ่งร้อยเอ็ด, 1,000,001 = หนึ่งล้านเอ็ด).
 */
public final class BahtText {

	private static final String[] DIGITS = { "ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า" };

	private static final String[] PLACES = { "", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน" };

	private BahtText() {
	}

	/** The amount in Thai words. */
	public static String thai(Baht amount) {
		long satang = amount.satang();
		String sign = satang < 0 ? "ลบ" : "";
		satang = Math.abs(satang);
		long baht = satang / 100;
		long rest = satang % 100;
		if (baht == 0 && rest == 0) {
			return "ศูนย์บาทถ้วน";
		}
		StringBuilder out = new StringBuilder(sign);
		if (baht > 0) {
			out.append(words(baht)).append("บาท");
		}
		out.append(rest == 0 ? "ถ้วน" : words(rest) + "สตางค์");
		return out.toString();
	}

	/** The amount in Thai words, from a decimal number of baht (rounded half-up to the satang). */
	public static String thai(BigDecimal baht) {
		return thai(Baht.of(baht.setScale(2, RoundingMode.HALF_UP)));
	}

	/** A whole positive number in Thai words: 21 = ยี่สิบเอ็ด, 1,000,000 = หนึ่งล้าน. */
	static String words(long number) {
		String digits = Long.toString(number);
		StringBuilder out = new StringBuilder();
		boolean higherDigitSeen = false;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(i) - '0';
			int position = digits.length() - 1 - i;
			int place = position % 6;
			if (digit != 0) {
				out.append(digitWord(digit, place, higherDigitSeen)).append(PLACES[place]);
				higherDigitSeen = true;
			}
			if (place == 0 && position > 0 && higherDigitSeen) {
				out.append("ล้าน");
			}
		}
		return out.toString();
	}

	private static String digitWord(int digit, int place, boolean higherDigitSeen) {
		if (place == 1 && digit == 1) {
			return "";
		}
		if (place == 1 && digit == 2) {
			return "ยี่";
		}
		if (place == 0 && digit == 1 && higherDigitSeen) {
			return "เอ็ด";
		}
		return DIGITS[digit];
	}
}
