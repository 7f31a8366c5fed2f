package org.smartcityplanner.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 fingerprint of a document's content (text, table cells, pictures, layout), independent of any file
 * format and of the time the file is written: two documents with the same digest print the same. File
 * properties other than title and language are left out, so the digest can itself be stored as one.
 */
public final class DocumentDigest {

	private DocumentDigest() {
	}

	/** The digest in lower-case hexadecimal (64 characters). */
	public static String sha256(DocumentModel model) {
		Feed feed = new Feed();
		feed.add(model.info().title()).add(model.info().language().name()).add(model.info().thaiNumerals());
		feed.add(model.page().toString()).add(model.running().toString());
		if (model.cover() != null) {
			Cover cover = model.cover();
			feed.add(cover.title()).add(cover.subtitle()).add(cover.lines().toString()).add(cover.bottom().toString());
			if (cover.emblem() != null) {
				feed.add(cover.emblem().png());
			}
		}
		for (Section section : model.sections()) {
			feed.add("section").add(section.orientation().name());
			section.blocks().forEach(block -> block(feed, block));
		}
		return HexFormat.of().formatHex(feed.digest.digest());
	}

	private static void block(Feed feed, Block block) {
		feed.add(block.getClass().getSimpleName());
		if (block instanceof Image image) {
			feed.add(image.png()).add(image.widthCm() + "|" + image.caption() + "|" + image.altText());
		}
		else if (block instanceof Table table) {
			feed.add(table.caption()).add(table.columns().toString()).add(table.totalsRow());
			rows(feed, table.headerRows());
			rows(feed, table.rows());
		}
		else {
			// the other blocks are records of strings, numbers and lists: their text form is complete
			feed.add(block.toString());
		}
	}

	private static void rows(Feed feed, List<List<Cell>> rows) {
		for (List<Cell> row : rows) {
			feed.add("row");
			row.forEach(cell -> feed.add(cell.toString()));
		}
	}

	private static final class Feed {

		private final MessageDigest digest;

		Feed() {
			try {
				digest = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		Feed add(String text) {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			add(bytes);
			return this;
		}

		Feed add(boolean flag) {
			return add(flag ? "1" : "0");
		}

		Feed add(byte[] bytes) {
			digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
			digest.update((byte) ':');
			digest.update(bytes);
			return this;
		}
	}
}
