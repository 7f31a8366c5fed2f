package org.smartcityplanner.reference.web;

import java.util.Collection;
import java.util.Iterator;

import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Alignment codes for readers, in templates as {@code @refCodes}: "NS5" or "SDG03" alone says nothing to most
 * people, so pages show the framework's name next to the codes ({@link #framework}) and the item's full name as the
 * code's tooltip ({@link #title}, for {@code <abbr title>}).
 */
@Component("refCodes")
public class ReferenceCodes {

	private final ReferenceApi reference;
	private final MessageSource messages;

	ReferenceCodes(ReferenceApi reference, MessageSource messages) {
		this.reference = reference;
		this.messages = messages;
	}

	/** The list a code belongs to by its prefix (MP18, M10, NS5, SDG03, T40-G1), or {@code null} for another code. */
	public static ReferenceKind kindOf(String code) {
		if (code == null) {
			return null;
		}
		if (code.matches("MP\\d+")) {
			return ReferenceKind.NATIONAL_MASTER_PLAN;
		}
		if (code.matches("M\\d+")) {
			return ReferenceKind.NESDP_MILESTONE;
		}
		if (code.matches("NS\\d+")) {
			return ReferenceKind.NATIONAL_STRATEGY;
		}
		if (code.matches("SDG\\d+")) {
			return ReferenceKind.SDG;
		}
		if (code.startsWith("T40-")) {
			return ReferenceKind.THAILAND_40;
		}
		return null;
	}

	/** Whether a code belongs to a national framework (not a smart dimension or a provincial strategy). */
	public boolean knows(String code) {
		return kindOf(code) != null;
	}

	/**
	 * The short name of the framework of a code, or of the first code of a collection ("ยุทธศาสตร์ชาติ"); the
	 * provincial strategies' name for any other code.
	 */
	public String framework(Object codeOrCodes) {
		String code = first(codeOrCodes);
		ReferenceKind kind = kindOf(code);
		return text("reference.framework." + (kind == null ? "PROVINCIAL_STRATEGY" : kind.name()));
	}

	/** "framework: item name" for a code's tooltip; the framework alone when the item is unknown. */
	public String title(String code) {
		ReferenceKind kind = kindOf(code);
		if (kind == null) {
			return framework(code);
		}
		return reference.item(kind, code)
			.map(item -> text("reference.framework." + kind.name()) + ": "
					+ item.name().in(LocaleContextHolder.getLocale()))
			.orElseGet(() -> framework(code));
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static String first(Object codeOrCodes) {
		if (codeOrCodes instanceof Collection<?> codes) {
			Iterator<?> iterator = codes.iterator();
			return iterator.hasNext() ? String.valueOf(iterator.next()) : null;
		}
		return codeOrCodes == null ? null : codeOrCodes.toString();
	}
}
