package org.smartcityplanner.reference.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.reference.ReferenceKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the versioned data files under {@code classpath:reference/} at start-up. A file is only applied when
 * its checksum differs from the one recorded last time, so a restart does no work and a changed file updates
 * its rows in place (codes are stable keys).
 */
@Component
@Order(0)
class ReferenceDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private final ReferenceStore store;
	private final ReferenceQueries queries;

	ReferenceDataLoader(ReferenceStore store, ReferenceQueries queries) {
		this.store = store;
		this.queries = queries;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		loadAll();
	}

	/** Applies every data file that changed since it was last loaded; returns how many were applied. */
	@Transactional
	public int loadAll() {
		int applied = 0;
		applied += load("regions", table -> table.records().forEach(store::upsertRegion));
		applied += load("provinces", table -> table.records().forEach(store::upsertProvince));
		for (ReferenceKind kind : ReferenceKind.values()) {
			applied += load(kind.slug(), table -> table.records().forEach(record -> store.upsertItem(kind, record)));
		}
		// after the lists: an indicator's dimension must be one of the smart dimensions loaded above
		applied += load("indicators", table -> new IndicatorRows(store.codesOf(ReferenceKind.SMART_DIMENSION))
			.read(table).forEach(store::upsertIndicator));
		queries.forget();
		return applied;
	}

	private int load(String dataset, java.util.function.Consumer<CsvTable> apply) {
		String fileName = "reference/" + dataset + ".csv";
		byte[] bytes = read(fileName);
		String checksum = sha256(bytes);
		if (checksum.equals(store.checksumOf(dataset).orElse(null))) {
			return 0;
		}
		CsvTable table = CsvTable.parse(fileName, new String(bytes, StandardCharsets.UTF_8));
		apply.accept(table);
		store.recordChecksum(dataset, checksum, table.records().size());
		log.info("Reference data '{}' loaded: {} rows", dataset, table.records().size());
		return 1;
	}

	private static byte[] read(String fileName) {
		try (InputStream in = new ClassPathResource(fileName).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new IllegalStateException("Reference data file missing: " + fileName, e);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
