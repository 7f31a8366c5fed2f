package org.smartcityplanner.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document independent of any file format: an optional cover, then sections of blocks. Render it with
 * {@link DocumentsApi}; build it with {@link #builder(DocumentInfo)}.
 *
 * @param info     title, language and file properties
 * @param page     paper, margins and fonts
 * @param cover    the cover page, or null for none
 * @param running  header and footer of the pages after the cover
 * @param sections the body, each section starting on a new page
 * @param numberedCaptions whether captioned tables and pictures are numbered in order ("ตารางที่ 3 ...",
 *                 "ภาพที่ 2 ..." / "Table 3 ...", "Figure 2 ..."); their captions then carry no number
 */
public record DocumentModel(DocumentInfo info, PageSetup page, Cover cover, RunningText running,
		List<Section> sections, boolean numberedCaptions) {

	public DocumentModel {
		Objects.requireNonNull(info, "info");
		page = page == null ? PageSetup.official() : page;
		running = running == null ? RunningText.pageNumbersOnly() : running;
		sections = List.copyOf(sections);
	}

	public static Builder builder(DocumentInfo info) {
		return new Builder(info);
	}

	/** The same document with other file properties (e.g. the digest of its content added). */
	public DocumentModel withInfo(DocumentInfo newInfo) {
		return new DocumentModel(newInfo, page, cover, running, sections, numberedCaptions);
	}

	/** Every block of every section, in order. */
	public List<Block> blocks() {
		return sections.stream().flatMap(section -> section.blocks().stream()).toList();
	}

	/** Every heading, in order. */
	public List<Heading> headings() {
		return blocks().stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
	}

	/** Builds a document block by block; {@link #landscape()} and {@link #portrait()} start new sections. */
	public static final class Builder {

		private final DocumentInfo info;
		private PageSetup page = PageSetup.official();
		private Cover cover;
		private RunningText running = RunningText.pageNumbersOnly();
		private final List<Section> sections = new ArrayList<>();
		private Orientation orientation = Orientation.PORTRAIT;
		private List<Block> blocks = new ArrayList<>();
		private boolean numberedCaptions;
		private boolean frontMatter;

		private Builder(DocumentInfo info) {
			this.info = info;
		}

		public Builder page(PageSetup setup) {
			this.page = setup;
			return this;
		}

		public Builder cover(Cover newCover) {
			this.cover = newCover;
			return this;
		}

		public Builder running(RunningText text) {
			this.running = text;
			return this;
		}

		/**
		 * Adds a block. A table whose words do not fit a portrait page even in small text goes on a landscape
		 * page of its own (then the document continues in portrait); its words are measured as printed, in Thai
		 * digits when the document asks for them (they are about a quarter wider).
		 */
		public Builder add(Block block) {
			if (block instanceof Table table && orientation == Orientation.PORTRAIT
					&& !TableLayout.fits(table, page, Orientation.PORTRAIT, info.thaiNumerals())
					&& TableLayout.fits(table, page, Orientation.LANDSCAPE, info.thaiNumerals())) {
				landscape();
				blocks.add(block);
				return portrait();
			}
			blocks.add(block);
			return this;
		}

		/** Numbers the captioned tables and pictures in order ("ตารางที่ 1", "ภาพที่ 1"). */
		public Builder numberCaptions() {
			this.numberedCaptions = true;
			return this;
		}

		/**
		 * Ends the front matter (what was added so far, e.g. the contents): its pages are numbered ก ข ค (i ii iii),
		 * and the body starts on a new page numbered 1.
		 */
		public Builder endFrontMatter() {
			frontMatter = true;
			closeSection();
			frontMatter = false;
			return this;
		}

		public Builder tableOfContents() {
			return add(new TableOfContents(2));
		}

		public Builder heading(int level, String text) {
			return add(Heading.of(level, text));
		}

		public Builder paragraph(String text) {
			return add(Paragraph.of(text));
		}

		public Builder bullets(List<String> items) {
			return add(BulletList.of(items));
		}

		public Builder pageBreak() {
			return add(new PageBreak());
		}

		/** Continues on a new page: a page break, or nothing when a section has just started (already a new page). */
		public Builder newPage() {
			return blocks.isEmpty() ? this : pageBreak();
		}

		/** Starts a landscape section (a new page), unless the current one already is. */
		public Builder landscape() {
			return startSection(Orientation.LANDSCAPE);
		}

		/** Starts a portrait section (a new page), unless the current one already is. */
		public Builder portrait() {
			return startSection(Orientation.PORTRAIT);
		}

		/** Starts a new section of the given orientation, even if the current one has it. */
		public Builder newSection(Orientation next) {
			closeSection();
			orientation = next;
			return this;
		}

		private Builder startSection(Orientation next) {
			if (next != orientation) {
				newSection(next);
			}
			return this;
		}

		private void closeSection() {
			if (!blocks.isEmpty()) {
				sections.add(new Section(orientation, blocks, frontMatter));
			}
			blocks = new ArrayList<>();
		}

		public DocumentModel build() {
			closeSection();
			return new DocumentModel(info, page, cover, running, sections, numberedCaptions);
		}
	}
}
