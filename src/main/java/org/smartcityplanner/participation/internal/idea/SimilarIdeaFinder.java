package org.smartcityplanner.participation.internal.idea;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.domain.idea.IdeaStatus;
import org.smartcityplanner.participation.domain.idea.SimilarIdeas;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's public ideas most like a draft, through the word index ({@code par_idea_word}). Ideas are cut
 * into words the first time a check meets them, however they were stored (online, paper, a seed), so no path that
 * stores ideas has to remember the index; only ideas sharing a word with the draft are read and ranked.
 */
@Service
public class SimilarIdeaFinder {

	/** Ideas ranked at most: those sharing the most words with the draft. */
	static final int CANDIDATES = 60;

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	SimilarIdeaFinder(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Up to {@link SimilarIdeas#SHOWN} public ideas of the province like the draft, best first. */
	@Transactional
	public List<SimilarIdea> similar(ProvinceCode province, String title, String description) {
		index(province);
		Map<String, Integer> query = SimilarIdeas.words(title, description);
		if (query.isEmpty()) {
			return List.of();
		}
		List<Long> candidates = candidates(province, query.keySet());
		if (candidates.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<String, Integer>> words = wordsOf(candidates);
		List<SimilarIdeas.Candidate> ranked = new ArrayList<>();
		words.forEach((id, w) -> ranked.add(new SimilarIdeas.Candidate(id, w)));
		java.util.Set<String> vocabulary = new java.util.LinkedHashSet<>(query.keySet());
		words.values().forEach(w -> vocabulary.addAll(w.keySet()));
		List<SimilarIdeas.Match> matches = SimilarIdeas.rank(query, ranked, documentFrequency(province, vocabulary),
				indexedIdeas(province), SimilarIdeas.SHOWN);
		return describe(province, matches);
	}

	/** Cuts into words the province's ideas not yet in the index; each node claims an idea before writing it. */
	void index(ProvinceCode province) {
		List<Object[]> pending = jdbc.sql("""
				select i.id, i.title, i.description from par_idea i where i.province_code = ?
				and not exists (select 1 from par_idea_indexed x where x.idea_id = i.id) order by i.id""")
			.param(province.value())
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3) }).list();
		List<Object[]> rows = new ArrayList<>();
		for (Object[] idea : pending) {
			int claimed = jdbc.sql("insert into par_idea_indexed (idea_id, province_code) values (?, ?)"
					+ " on conflict do nothing").params(idea[0], province.value()).update();
			if (claimed == 1) {
				SimilarIdeas.words((String) idea[1], (String) idea[2])
					.forEach((word, hits) -> rows.add(new Object[] { idea[0], province.value(), word, hits }));
			}
		}
		if (!rows.isEmpty()) {
			batch.batchUpdate("insert into par_idea_word (idea_id, province_code, word, hits) values (?, ?, ?, ?)", rows);
		}
	}

	private List<Long> candidates(ProvinceCode province, java.util.Set<String> words) {
		List<Object> params = new ArrayList<>();
		params.add(province.value());
		params.addAll(words);
		params.add(IdeaStatus.HIDDEN.name());
		params.add(CANDIDATES);
		return jdbc.sql("""
				select w.idea_id from par_idea_word w join par_idea i on i.id = w.idea_id
				where w.province_code = ? and w.word in (%s) and i.status <> ?
				group by w.idea_id order by count(*) desc, sum(w.hits) desc, w.idea_id limit ?"""
			.formatted(marks(words.size())))
			.params(params).query(Long.class).list();
	}

	private Map<Long, Map<String, Integer>> wordsOf(List<Long> ideas) {
		Map<Long, Map<String, Integer>> words = new LinkedHashMap<>();
		ideas.forEach(id -> words.put(id, new HashMap<>()));
		jdbc.sql("select idea_id, word, hits from par_idea_word where idea_id in (%s)".formatted(marks(ideas.size())))
			.params(new ArrayList<>(ideas))
			.query(rs -> {
				words.get(rs.getLong(1)).put(rs.getString(2), rs.getInt(3));
			});
		return words;
	}

	private Map<String, Integer> documentFrequency(ProvinceCode province, java.util.Set<String> vocabulary) {
		List<Object> params = new ArrayList<>();
		params.add(province.value());
		params.addAll(vocabulary);
		Map<String, Integer> frequency = new HashMap<>();
		jdbc.sql("select word, count(*) from par_idea_word where province_code = ? and word in (%s) group by word"
			.formatted(marks(vocabulary.size())))
			.params(params).query(rs -> {
				frequency.put(rs.getString(1), rs.getInt(2));
			});
		return frequency;
	}

	private int indexedIdeas(ProvinceCode province) {
		return jdbc.sql("select count(*) from par_idea_indexed where province_code = ?").param(province.value())
			.query(Integer.class).single();
	}

	private List<SimilarIdea> describe(ProvinceCode province, List<SimilarIdeas.Match> matches) {
		if (matches.isEmpty()) {
			return List.of();
		}
		Map<Long, SimilarIdea> found = new HashMap<>();
		List<Object> params = new ArrayList<>();
		params.add(province.value());
		matches.forEach(m -> params.add(m.id()));
		Map<Long, Double> scores = new HashMap<>();
		matches.forEach(m -> scores.put(m.id(), m.score()));
		jdbc.sql("select id, title, status from par_idea where province_code = ? and id in (%s)"
			.formatted(marks(matches.size())))
			.params(params).query(rs -> {
				long id = rs.getLong(1);
				found.put(id, new SimilarIdea(id, rs.getString(2), IdeaStatus.valueOf(rs.getString(3)), scores.get(id)));
			});
		return matches.stream().map(m -> found.get(m.id())).filter(java.util.Objects::nonNull).toList();
	}

	private static String marks(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}
}
