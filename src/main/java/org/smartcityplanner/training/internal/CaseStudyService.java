package org.smartcityplanner.training.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ThaiWordTokenizer;
import org.smartcityplanner.shared.Utc;
import org.smartcityplanner.training.CaseStudy;
import org.smartcityplanner.training.CaseStudyDraft;
import org.smartcityplanner.training.FieldProblem;
import org.smartcityplanner.training.domain.CaseStudyRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case library and its word index: every word of a case (titles, place, texts) is stored once per case with
 * its count, so a search is an indexed lookup per query word instead of a scan of every text.
 */
@Service
class CaseStudyService implements CaseStudyUseCases {

	private final JdbcClient jdbc;
	private final ReferenceApi reference;
	private final AuditLog audit;
	private final Clock clock;

	CaseStudyService(JdbcClient jdbc, ReferenceApi reference, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.reference = reference;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<CaseStudy> search(String query, String dimensionCode) {
		List<String> words = new ArrayList<>(ThaiWordTokenizer.tokens(query).keySet());
		List<CaseStudy> found;
		if (words.isEmpty()) {
			found = jdbc.sql("select * from trn_case_study order by title_th").query(CaseStudyService::caseStudy).list();
		}
		else {
			String marks = String.join(", ", java.util.Collections.nCopies(words.size(), "?"));
			List<Object> params = new ArrayList<>(words);
			params.add(words.size());
			found = jdbc.sql("""
					select c.* from trn_case_study c join (
					  select case_id, sum(hits) as score from trn_case_token where token in (%s)
					  group by case_id having count(distinct token) = ?) m on m.case_id = c.id
					order by m.score desc, c.title_th""".formatted(marks))
				.params(params).query(CaseStudyService::caseStudy).list();
		}
		if (dimensionCode == null || dimensionCode.isBlank()) {
			return found;
		}
		return found.stream().filter(c -> c.dimensions().contains(dimensionCode.strip())).toList();
	}

	@Override
	public Optional<CaseStudy> caseStudy(long id) {
		return jdbc.sql("select * from trn_case_study where id = ?").param(id).query(CaseStudyService::caseStudy)
			.optional();
	}

	@Override
	public List<FieldProblem> check(CaseStudyDraft draft) {
		List<String> known = reference.items(org.smartcityplanner.reference.ReferenceKind.SMART_DIMENSION).stream()
			.map(org.smartcityplanner.reference.ReferenceItem::code).toList();
		return CaseStudyRules.problemsOf(draft, known);
	}

	@Override
	@Transactional
	public CaseStudy add(CaseStudyDraft draft) {
		CohortService.refuse(check(draft));
		long id = Rows.insert(jdbc.sql("""
				insert into trn_case_study (title_th, title_en, place, country, start_year, dimensions, summary,
				  what_worked, what_failed, why, sources, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(draft.titleTh().strip(), draft.titleEn().strip(), draft.place().strip(), draft.country().strip(),
					CaseStudyRules.year(draft.startYear()), String.join(",", draft.dimensions()), draft.summary().strip(),
					draft.whatWorked().strip(), draft.whatFailed().strip(), draft.why().strip(), draft.sources().strip(),
					Utc.of(clock.instant())));
		CaseStudy saved = caseStudy(id).orElseThrow();
		index(saved);
		audit.record(new AuditChange("training-case-study", String.valueOf(id), "created", null, null,
				Map.of("title", saved.title().th(), "dimensions", saved.dimensions())));
		return saved;
	}

	void index(CaseStudy c) {
		Map<String, Integer> tokens = new LinkedHashMap<>();
		for (String text : List.of(c.title().th(), c.title().en(), c.place(), c.country(), c.summary(), c.whatWorked(),
				c.whatFailed(), c.why())) {
			ThaiWordTokenizer.tokens(text).forEach((token, hits) -> tokens.merge(token, hits, Integer::sum));
		}
		// a title word weighs more than a word deep in the text
		ThaiWordTokenizer.tokens(c.title().th() + " " + c.title().en() + " " + c.place())
			.forEach((token, hits) -> tokens.merge(token, 5 * hits, Integer::sum));
		jdbc.sql("delete from trn_case_token where case_id = ?").param(c.id()).update();
		tokens.forEach((token, hits) -> jdbc.sql("insert into trn_case_token (case_id, token, hits) values (?, ?, ?)")
			.params(c.id(), token, hits).update());
	}

	private static CaseStudy caseStudy(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		String dimensions = rs.getString("dimensions");
		Integer year = rs.getObject("start_year") == null ? null : rs.getInt("start_year");
		return new CaseStudy(rs.getLong("id"), new LocalizedText(rs.getString("title_th"), rs.getString("title_en")),
				rs.getString("place"), rs.getString("country"), year,
				dimensions.isBlank() ? List.of() : Arrays.asList(dimensions.split(",")), rs.getString("summary"),
				rs.getString("what_worked"), rs.getString("what_failed"), rs.getString("why"), rs.getString("sources"),
				rs.getInt("lock_version"));
	}
}
