package org.smartcityplanner.documents.internal;

import java.util.Set;
import java.util.TreeSet;

import com.sun.star.i18n.LineBreakHyphenationOptions;
import com.sun.star.i18n.LineBreakUserOptions;
import com.sun.star.i18n.XBreakIterator;
import com.sun.star.lang.Locale;
import com.sun.star.uno.UnoRuntime;
import org.jodconverter.core.office.OfficeContext;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.core.task.OfficeTask;
import org.jodconverter.local.office.LocalOfficeContext;

/**
 * Marks the Thai line breaks of a DOCX ({@link InContextLineBreaks}) with the running LibreOffice's own line
 * breaker as the judge, so that marks go only where this LibreOffice would break a listed word, or not break
 * beside it, in the text it is in. LibreOffice's ICU may differ from ours, so it is asked, not guessed.
 */
final class LibreOfficeLineBreaks implements OfficeTask {

	private static final Locale THAI = new Locale("th", "TH", "");

	private final byte[] docx;

	private byte[] marked;

	LibreOfficeLineBreaks(byte[] docx) {
		this.docx = docx;
	}

	/** The DOCX with the marks, once executed. */
	byte[] marked() {
		return marked;
	}

	@Override
	public void execute(OfficeContext context) throws OfficeException {
		XBreakIterator breaks = lineBreaker(context);
		try {
			marked = PdfLineBreaks.apply(docx, new InContextLineBreaks(text -> breaksOf(breaks, text)));
		}
		catch (RuntimeException ex) {
			throw new OfficeException("LibreOffice's line breaker could not be asked", ex);
		}
	}

	/** The line breaker of the office process. */
	static XBreakIterator lineBreaker(OfficeContext context) throws OfficeException {
		LocalOfficeContext office = (LocalOfficeContext) context;
		try {
			return UnoRuntime.queryInterface(XBreakIterator.class, office.getServiceManager()
				.createInstanceWithContext("com.sun.star.i18n.BreakIterator", office.getComponentContext()));
		}
		catch (com.sun.star.uno.Exception | RuntimeException ex) {
			throw new OfficeException("LibreOffice's line breaker is missing", ex);
		}
	}

	/**
	 * Every place LibreOffice may break a line in {@code text}: its layout asks, for a line that must end by a place,
	 * where to break, so each place is asked. The answers cannot be inferred from fewer questions: asked from
	 * behind a stretch its rules glue to the Thai before it, the line breaker answers the start of the text even
	 * where it answers a break inside when asked there.
	 */
	static Set<Integer> breaksOf(XBreakIterator breaks, String text) {
		Set<Integer> found = new TreeSet<>();
		for (int at = 1; at < text.length(); at++) {
			int cut = breaks.getLineBreak(text, at, THAI, 0, new LineBreakHyphenationOptions(),
					new LineBreakUserOptions()).breakIndex;
			if (cut > 0 && cut < text.length()) {
				found.add(cut);
			}
		}
		return found;
	}
}
