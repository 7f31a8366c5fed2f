package org.smartcityplanner.participation.domain.idea;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.shared.ThaiWordTokenizer;

/**
 * Finds the ideas of a province that say much the same as the one a citizen is about to send, so they can support
 * an existing idea instead of splitting the votes. The texts are cut into words (Thai needs a dictionary for that),
 * weighed by TF-IDF — a word few ideas use ("วงจรปิด") says more than one most use ("ถนน") — and compared by the
 * cosine of their word vectors. A title word counts twice: the title is what a citizen reads in a list.
 */
public final class SimilarIdeas {

	/** Most similar ideas shown before sending. */
	public static final int SHOWN = 5;
	/** Below this cosine two ideas share little more than a common word; showing them would only distract. */
	public static final double MIN_SCORE = 0.12;
	/** How many times a title word counts against a word of the description. */
	static final int TITLE_WEIGHT = 2;

	/**
	 * Words of requests that any idea contains ("อยากให้มี…", "ควร…", "ขอ…") on top of the tokenizer's general
	 * function words; they would make every two ideas look alike.
	 */
	private static final Set<String> IDEA_STOP_WORDS = Set.of("อยาก", "ควร", "ขอ", "จะ", "กับ", "เพื่อ", "จาก",
			"โดย", "หรือ", "แต่", "นี้", "นั้น", "ด้วย", "อย่าง", "มาก", "ไป", "มา", "เพราะ", "บริเวณ", "เพิ่มเติม",
			"ๆ", "please", "should", "would", "want", "need", "more");

	private SimilarIdeas() {
	}

	/** An idea already in the province: its id and its weighed words (see {@link #words}). */
	public record Candidate(long id, Map<String, Integer> words) {
	}

	/** An idea found similar, with its cosine (0 to 1). */
	public record Match(long id, double score) {
	}

	/**
	 * The words of an idea with how often each occurs, a title word counted {@link #TITLE_WEIGHT} times, stop words
	 * of requests removed.
	 */
	public static Map<String, Integer> words(String title, String description) {
		Map<String, Integer> words = new LinkedHashMap<>();
		ThaiWordTokenizer.tokens(title).forEach((word, hits) -> words.merge(word, TITLE_WEIGHT * hits, Integer::sum));
		ThaiWordTokenizer.tokens(description).forEach((word, hits) -> words.merge(word, hits, Integer::sum));
		words.keySet().removeAll(IDEA_STOP_WORDS);
		return words;
	}

	/**
	 * The candidates most similar to the query, best first (equal scores: the older idea first, it has had longer to
	 * gather supports), at most {@code limit}, none below {@link #MIN_SCORE}.
	 *
	 * @param documentFrequency in how many of the province's ideas each word occurs; a word missing counts as none
	 * @param documents how many ideas the province has (the candidates may be only those sharing a word)
	 */
	public static List<Match> rank(Map<String, Integer> query, List<Candidate> candidates,
			Map<String, Integer> documentFrequency, int documents, int limit) {
		Map<String, Double> queryVector = weigh(query, documentFrequency, documents);
		double queryNorm = norm(queryVector);
		List<Match> matches = new ArrayList<>();
		if (queryNorm == 0) {
			return matches;
		}
		for (Candidate candidate : candidates) {
			Map<String, Double> vector = weigh(candidate.words(), documentFrequency, documents);
			double norm = norm(vector);
			if (norm == 0) {
				continue;
			}
			double dot = 0;
			for (Map.Entry<String, Double> word : queryVector.entrySet()) {
				dot += word.getValue() * vector.getOrDefault(word.getKey(), 0.0);
			}
			double score = dot / (queryNorm * norm);
			if (score >= MIN_SCORE) {
				matches.add(new Match(candidate.id(), score));
			}
		}
		matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparingLong(Match::id));
		return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
	}

	/** The same ranking with the word frequencies counted over the candidates themselves (all of a small set). */
	public static List<Match> rank(Map<String, Integer> query, List<Candidate> candidates, int limit) {
		Map<String, Integer> documentFrequency = new LinkedHashMap<>();
		candidates.forEach(c -> c.words().keySet().forEach(w -> documentFrequency.merge(w, 1, Integer::sum)));
		return rank(query, candidates, documentFrequency, candidates.size(), limit);
	}

	/** Smoothed inverse document frequency: never zero, so a word every idea has still counts a little. */
	static double idf(int documentFrequency, int documents) {
		return Math.log((documents + 1.0) / (documentFrequency + 1.0)) + 1.0;
	}

	private static Map<String, Double> weigh(Map<String, Integer> words, Map<String, Integer> documentFrequency,
			int documents) {
		Map<String, Double> vector = new LinkedHashMap<>();
		words.forEach((word, hits) -> vector.put(word,
				hits * idf(documentFrequency.getOrDefault(word, 0), Math.max(documents, 0))));
		return vector;
	}

	private static double norm(Map<String, Double> vector) {
		double sum = 0;
		for (double weight : vector.values()) {
			sum += weight * weight;
		}
		return Math.sqrt(sum);
	}
}
