package org.smartcityplanner.actionplan.optimiser.model;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent exact model of a portfolio problem, written from {@link PortfolioChecker}'s rules (not from the
 * application's formulation) as a CPLEX LP file and solved by GLPK's {@code glpsol}: a second opinion on the
 * optimiser's objective. Its portfolio is read back and must pass {@link PortfolioChecker} too.
 * <p>
 * Money is integer in units of {@code unit} satang (every amount of the problem must be a multiple of it, the
 * same whole-unit splits the application allows). A dependency is written pairwise (the required project funded,
 * and no pair of starts with the required one later) rather than as the application's cumulative rows.
 */
public final class GlpkPortfolio {

	/** GLPK's answer: its objective and portfolio, the seconds it took, and whether it proved it optimal. */
	public record Answer(BigDecimal objective, List<SelectedProject> portfolio, double seconds, boolean proven) {
	}

	private static final Pattern OBJECTIVE = Pattern.compile("Objective:\\s+obj = (\\S+)");

	private final PortfolioProblem problem;
	private final long unit;

	public GlpkPortfolio(PortfolioProblem problem, long unit) {
		this.problem = problem;
		this.unit = unit;
	}

	/** Whether glpsol is on the PATH. */
	public static boolean available() {
		try {
			return new ProcessBuilder("glpsol", "--version").start().waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Solves within the limit: the best portfolio found, proven optimal or not; empty when GLPK proves the problem
	 * infeasible.
	 *
	 * @throws IllegalStateException when it found no portfolio in time
	 */
	public Optional<Answer> solve(Path dir, int timeLimitSeconds) throws IOException, InterruptedException {
		Path lp = dir.resolve("portfolio.lp");
		Path out = dir.resolve("portfolio.out");
		Files.writeString(lp, lpFile());
		long started = System.nanoTime();
		Process glpsol = new ProcessBuilder("glpsol", "--lp", lp.toString(), "--tmlim", String.valueOf(timeLimitSeconds),
				"-o", out.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("glpsol.log").toFile()).start();
		if (!glpsol.waitFor(timeLimitSeconds + 30L, TimeUnit.SECONDS)) {
			glpsol.destroyForcibly();
			throw new IllegalStateException("glpsol did not stop");
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		String report = Files.readString(out);
		if (report.contains("INTEGER EMPTY") || report.contains("PROBLEM HAS NO PRIMAL FEASIBLE")) {
			return Optional.empty();
		}
		boolean proven = report.contains("Status:     INTEGER OPTIMAL");
		if (!proven && !report.contains("Status:     INTEGER NON-OPTIMAL")) {
			throw new IllegalStateException("GLPK found no portfolio:\n" + report.lines().limit(12).toList());
		}
		Matcher m = OBJECTIVE.matcher(report);
		if (!m.find()) {
			throw new IllegalStateException("no objective in GLPK's report");
		}
		return Optional.of(new Answer(new BigDecimal(m.group(1)), GlpkReport.portfolio(problem, report, unit),
				seconds, proven));
	}

	/** The model in CPLEX LP format. */
	String lpFile() {
		var lp = new LpText();
		var objective = new ArrayList<String>();
		for (int p = 0; p < problem.candidates().size(); p++) {
			Candidate c = problem.candidates().get(p);
			for (int t = c.earliestStart(); t <= c.latestStart(); t++) {
				objective.add(c.score().toPlainString() + " " + z(p, t));
				lp.binary(z(p, t));
			}
		}
		lp.objective(String.join(" + ", objective));
		for (int p = 0; p < problem.candidates().size(); p++) {
			projectRows(lp, p, problem.candidates().get(p));
		}
		new GlpkRows(problem, unit, lp).between();
		return lp.text();
	}

	private void projectRows(LpText lp, int p, Candidate c) {
		String started = selection(p, c);
		lp.row("one_" + p, started, c.mandatory() ? "=" : "<=", "1");
		List<FundingRule> rules = ProjectFunding.eligibleRules(problem, c);
		long total = c.totalCost();
		for (int r = 0; r < rules.size(); r++) {
			var paid = new ArrayList<String>();
			for (int y = problem.firstYear(); y <= problem.lastYear(); y++) {
				lp.integer(f(p, r, y));
				paid.add(f(p, r, y));
			}
			long least = ceilUnits(ProjectFunding.minimumPayment(rules.get(r), total));
			long most = Math.min(ProjectFunding.maximumPayment(rules.get(r), total) / unit, total / unit);
			lp.row("least_" + p + "_" + r, String.join(" + ", paid) + " - " + least + " " + join(started, least), ">=",
					"0");
			lp.row("most_" + p + "_" + r, String.join(" + ", paid) + " - " + most + " " + join(started, most), "<=", "0");
		}
		for (int y = problem.firstYear(); y <= problem.lastYear(); y++) {
			var terms = new ArrayList<String>();
			for (int r = 0; r < rules.size(); r++) {
				terms.add(f(p, r, y));
			}
			for (int t = c.earliestStart(); t <= c.latestStart(); t++) {
				long cost = c.costIn(y, t) / unit;
				if (cost > 0) {
					terms.add("- " + cost + " " + z(p, t));
				}
			}
			lp.row("year_" + p + "_" + y, terms.isEmpty() ? "0 " + z(p, c.earliestStart()) : String.join(" ", plus(terms)),
					"=", "0");
			if (!c.fixedFunding().isEmpty()) {
				for (int r = 0; r < rules.size(); r++) {
					var fixed = new ArrayList<String>(List.of(f(p, r, y)));
					for (int t = c.earliestStart(); t <= c.latestStart(); t++) {
						long amount = 0;
						for (FixedFunding part : c.fixedFunding()) {
							if (part.sourceCode().equals(rules.get(r).sourceCode()) && t + part.yearIndex() == y) {
								amount += part.satang() / unit;
							}
						}
						if (amount > 0) {
							fixed.add("- " + amount + " " + z(p, t));
						}
					}
					lp.row("fixed_" + p + "_" + r + "_" + y, String.join(" ", plus(fixed)), "=", "0");
				}
			}
		}
	}

	/** Sum of the start variables of candidate p. */
	String selection(int p, Candidate c) {
		var terms = new ArrayList<String>();
		for (int t = c.earliestStart(); t <= c.latestStart(); t++) {
			terms.add(z(p, t));
		}
		return String.join(" + ", terms);
	}

	private static String join(String sum, long coefficient) {
		return sum.replace(" + ", " - " + coefficient + " ");
	}

	private static List<String> plus(List<String> terms) {
		var out = new ArrayList<String>();
		for (int i = 0; i < terms.size(); i++) {
			String t = terms.get(i);
			out.add(i == 0 || t.startsWith("- ") ? t : "+ " + t);
		}
		return out;
	}

	private long ceilUnits(long satang) {
		return -Math.floorDiv(-satang, unit);
	}

	static String z(int p, int year) {
		return "z_" + p + "_" + year;
	}

	static String f(int p, int rule, int year) {
		return "f_" + p + "_" + rule + "_" + year;
	}
}
