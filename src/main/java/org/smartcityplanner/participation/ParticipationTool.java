package org.smartcityplanner.participation;

import java.util.List;
import java.util.Set;

import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * The contract every participation tool (surveys, meetings, ...) fulfils, after Decidim's component manifest: a
 * key the process opens it by in each phase (its per-phase setting), who may manage and who may see it, its
 * statistics and its exports. Declare an implementation as a Spring bean; the process page and the landing page
 * list all of them, and the process lets the public in only while a phase opens the tool.
 */
public interface ParticipationTool {

	/** The tool's key, stored in the process's phases: lower case, e.g. {@code surveys}. */
	String key();

	/** The message key of its name, e.g. {@code participation.tool.surveys}. */
	String nameMessageKey();

	/** The path of its page in the province, e.g. {@code /p/TH-65/participation/surveys}. */
	String pagePath(ProvinceCode province);

	/** Who may do what with it. */
	Permissions permissions();

	/**
	 * Its figures for the province, from the same query that serves its own pages, API and exports, so the
	 * numbers never disagree between pages.
	 */
	List<Statistic> statistics(ProvinceCode province);

	/** The files it offers for the province (e.g. one XLSX and one CSV per survey). */
	List<Export> exports(ProvinceCode province);

	/**
	 * Who may do what.
	 *
	 * @param manage roles that create and change the tool's content in their provinces
	 * @param view roles that see its content and results in their provinces
	 * @param publicInput whether people without an account take part through a public link
	 */
	record Permissions(Set<Role> manage, Set<Role> view, boolean publicInput) {

		/**
		 * The usual split of a public tool: institute and province staff manage it, the working group also sees
		 * it, and the public takes part through its link.
		 */
		public static final Permissions STAFF_MANAGE_PUBLIC_TAKES_PART = new Permissions(
				Set.of(Role.ADMIN, Role.CONSULTANT, Role.COORDINATOR),
				Set.of(Role.ADMIN, Role.CONSULTANT, Role.COORDINATOR, Role.WORKING_GROUP), true);

		public Permissions {
			manage = Set.copyOf(manage);
			view = Set.copyOf(view);
		}
	}

	/**
	 * One figure.
	 *
	 * @param messageKey its label, e.g. {@code participation.tool.surveys.stat.responses}
	 * @param value the count
	 */
	record Statistic(String messageKey, long value) {
	}

	/**
	 * One file to download.
	 *
	 * @param label what it holds, as shown (e.g. the survey's title)
	 * @param format {@code xlsx} or {@code csv}
	 * @param path where to download it
	 */
	record Export(String label, String format, String path) {
	}
}
