package org.smartcityplanner.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

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
 * Asks the running LibreOffice where its own line breaker would cut each listed Thai word, so that word joiners go
 * only there. Each joiner is a layout portion of its own in LibreOffice: joining every letter of every listed word
 * made the large book's PDF take 60% more time than the same DOCX without them. The word is asked alone (the
 * zero-width spaces around a listed word cut it off from its neighbours), and again piece by piece between the
 * cuts found, because the dictionary may cut a piece where it did not cut the whole word.
 */
final class LibreOfficeWordCuts implements OfficeTask {

	private static final Locale THAI = new Locale("th", "TH", "");

	private final List<String> words;

	private final Map<String, Set<Integer>> cuts = new ConcurrentHashMap<>();

	LibreOfficeWordCuts(List<String> words) {
		this.words = List.copyOf(words);
	}

	/** Per listed word, the positions (char indexes) where LibreOffice may break a line inside it. */
	Map<String, Set<Integer>> cuts() {
		return Map.copyOf(cuts);
	}

	@Override
	public void execute(OfficeContext context) throws OfficeException {
		LocalOfficeContext office = (LocalOfficeContext) context;
		try {
			XBreakIterator breaks = UnoRuntime.queryInterface(XBreakIterator.class, office.getServiceManager()
				.createInstanceWithContext("com.sun.star.i18n.BreakIterator", office.getComponentContext()));
			for (String word : words) {
				cuts.put(word, Set.copyOf(cutsOf(breaks, word)));
			}
		}
		catch (com.sun.star.uno.Exception | RuntimeException ex) {
			throw new OfficeException("LibreOffice's line breaker could not be asked", ex);
		}
	}

	private static Set<Integer> cutsOf(XBreakIterator breaks, String word) {
		TreeSet<Integer> cuts = new TreeSet<>();
		boolean found = true;
		while (found) {
			found = false;
			List<Integer> ends = new ArrayList<>(cuts);
			ends.add(word.length());
			int from = 0;
			for (int end : ends) {
				String piece = word.substring(from, end);
				for (int at = 1; at < piece.length(); at++) {
					// where a line that cannot hold the piece beyond 'at' would break: a cut at or before 'at'
					int cut = breaks.getLineBreak(piece, at, THAI, 0, new LineBreakHyphenationOptions(),
							new LineBreakUserOptions()).breakIndex;
					if (cut > 0 && cut < piece.length() && cuts.add(from + cut)) {
						found = true;
					}
				}
				from = end;
			}
		}
		return cuts;
	}
}
