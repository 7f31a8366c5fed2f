package org.smartcityplanner.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Load generator of {@code bench/public-load.sh} (not a test): {@code clients} citizens, each with its own session,
 * open the public idea form and one idea's page on one of the nodes, wait the spam guard's seconds, then for
 * {@code seconds} propose an idea and support {@code bench.supportsPerIdea} (3) ideas of the pool, over and over, as
 * fast as the server acknowledges. Every idea carries a fresh idempotency key; a request that fails (a node killed)
 * is sent again unchanged, with the same key and the same session, to the other node. An idea counts as
 * acknowledged only on the redirect after saving, a support likewise. Every citizen supports ideas of the pool in
 * an order of its own and never the same idea twice, so each acknowledged support must be a row of its own.
 *
 * <p>Writes {@code ideas-acked.txt} (idempotency keys), {@code supports-acked.txt} and
 * {@code supports-tried.txt} (citizen number, idea id) into the output directory for the script's exactly-once
 * check, and prints submissions per second and p50/p95/p99 of the acknowledged POSTs, overall and per kind.
 *
 * <p>Arguments: node base URLs (comma-separated), province code, clients, seconds, file of pool idea ids, output
 * directory.
 */
public final class PublicLoadClient {

	private static final int SUPPORTS_PER_IDEA = Integer.getInteger("bench.supportsPerIdea", 3);

	/** Ideas as people write them (fictional), varied so the list and similar-idea search see different text. */
	private static final List<String> TITLES = List.of("เพิ่มไฟส่องสว่างถนนเลียบคลองหน้าตลาด",
			"จุดรับส่งรถสาธารณะหน้าโรงพยาบาลประจำอำเภอ", "ทางเดินเท้าร่มรื่นเชื่อมสวนสาธารณะกับโรงเรียน",
			"ระบบแจ้งเตือนน้ำท่วมผ่านโทรศัพท์มือถือ", "จุดคัดแยกขยะรีไซเคิลในชุมชน", "ลานกีฬาสำหรับเยาวชนใต้สะพาน",
			"Wi-Fi สาธารณะในศูนย์ผู้สูงอายุ", "ป้ายบอกทางแหล่งท่องเที่ยวสองภาษา", "ตลาดเกษตรกรวันเสาร์ที่ลานเทศบาล",
			"ทางจักรยานรอบบึงสาธารณะ");

	private PublicLoadClient() {
	}

	public static void main(String[] args) throws Exception {
		List<String> nodes = Arrays.asList(args[0].split(","));
		String province = args[1];
		int clients = Integer.parseInt(args[2]);
		long seconds = Long.parseLong(args[3]);
		List<Long> pool = Files.readAllLines(Path.of(args[4])).stream().filter(line -> !line.isBlank())
			.map(line -> Long.parseLong(line.trim())).toList();
		Path out = Path.of(args[5]);
		Tally tally = new Tally();
		List<Citizen> citizens = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			citizens.add(new Citizen(c, new Failover(nodes, c, tally.failures), province, pool,
					c * pool.size() / clients, tally));
		}
		double elapsed = TimedClients.run(citizens, seconds, tally.failures);
		Files.write(out.resolve("ideas-acked.txt"), tally.ideasAcked);
		Files.write(out.resolve("supports-acked.txt"), tally.supportsAcked);
		Files.write(out.resolve("supports-tried.txt"), tally.supportsTried);
		int acked = tally.ideasAcked.size() + tally.supportsAcked.size();
		System.out.printf("acknowledged submissions: %d in %.1f s = %.1f per second%n", acked, elapsed,
				acked / elapsed);
		System.out.printf("  of them ideas %d (%.1f per second), supports %d (%.1f per second)%n",
				tally.ideasAcked.size(), tally.ideasAcked.size() / elapsed, tally.supportsAcked.size(),
				tally.supportsAcked.size() / elapsed);
		List<Long> all = new ArrayList<>(tally.ideaLatencies);
		all.addAll(tally.supportLatencies);
		System.out.println("POST latency ms, all:      " + Percentiles.ofNanos(all).summary());
		System.out.println("POST latency ms, ideas:    " + Percentiles.ofNanos(tally.ideaLatencies).summary());
		System.out.println("POST latency ms, supports: " + Percentiles.ofNanos(tally.supportLatencies).summary());
		System.out.printf("requests that failed and were retried on the other node: %d%n", tally.failures.size());
		tally.failures.stream().distinct().limit(5).forEach(failure -> System.out.println("  e.g. " + failure));
	}

	/**
	 * The idea form answers a stored idea with its thanks page and the author's personal link (shown only there, so
	 * no redirect); a refused one shows the form again (also with 200) or an error status.
	 */
	static boolean thanked(HttpResponse<String> response) {
		return response.statusCode() == 200 && response.body().contains("/ideas/mine/");
	}

	/** A support is answered with the redirect back to the idea's page (the page then says what happened). */
	static boolean supported(HttpResponse<String> response) {
		return response.statusCode() == 302
				&& response.headers().firstValue("Location").orElse("").matches(".*/ideas/\\d+([#?].*)?");
	}

	/** What all citizens acknowledged, tried and measured. */
	static final class Tally {

		final Queue<String> failures = new ConcurrentLinkedQueue<>();
		final Queue<String> ideasAcked = new ConcurrentLinkedQueue<>();
		final Queue<String> supportsAcked = new ConcurrentLinkedQueue<>();
		final Queue<String> supportsTried = new ConcurrentLinkedQueue<>();
		final Queue<Long> ideaLatencies = new ConcurrentLinkedQueue<>();
		final Queue<Long> supportLatencies = new ConcurrentLinkedQueue<>();
	}

	/** One citizen with its own cookies (the session is in the database, so any node serves it). */
	static final class Citizen implements TimedClients.VirtualClient {

		private final int number;
		private final Failover nodes;
		private final String ideas;
		private final List<Long> pool;
		private final Tally tally;
		private Map<String, String> ideaForm;
		private List<String> ideaFiles;
		private boolean ideaMultipart;
		private List<String> dimensions;
		private List<String> areas;
		private Map<String, String> supportForm;
		/** Where in the pool this citizen's supports start. */
		private final int firstIdea;
		private int supported;
		private int sent;

		Citizen(int number, Failover nodes, String province, List<Long> pool, int firstIdea, Tally tally) {
			this.number = number;
			this.nodes = nodes;
			this.ideas = "/public/" + province + "/ideas";
			this.pool = pool;
			this.firstIdea = firstIdea;
			this.tally = tally;
		}

		@Override
		public void prepare() throws Exception {
			String form = HtmlForms.form(nodes.page(ideas + "/new"), "action=\"" + ideas + "\"");
			if (form.isEmpty()) {
				throw new IllegalStateException("no idea form on " + ideas + "/new (is the ideas tool open?)");
			}
			ideaForm = HtmlForms.hiddenFields(form);
			ideaFiles = HtmlForms.fileFields(form);
			ideaMultipart = HtmlForms.multipart(form);
			dimensions = HtmlForms.options(form, "dimension");
			areas = HtmlForms.options(form, "area");
			if (SUPPORTS_PER_IDEA > 0) {
				prepareSupport();
			}
			Thread.sleep(3200); // the spam guard refuses a form sent sooner than a person fills it
		}

		private void prepareSupport() throws Exception {
			String detail = nodes.page(ideas + "/" + pool.get(firstIdea));
			supportForm = HtmlForms.hiddenFields(HtmlForms.form(detail, "/support\""));
			if (!supportForm.containsKey("_csrf")) {
				throw new IllegalStateException("no support form on " + ideas + "/" + pool.get(firstIdea));
			}
		}

		@Override
		public void act() throws Exception {
			propose();
			for (int i = 0; i < SUPPORTS_PER_IDEA; i++) {
				support();
			}
		}

		private void propose() throws InterruptedException {
			String key = UUID.randomUUID().toString();
			Map<String, String> fields = new LinkedHashMap<>(ideaForm);
			int n = sent;
			fields.put("idempotencyKey", key);
			fields.put("title", TITLES.get(n % TITLES.size()) + " (" + (number + 1) + "-" + (n + 1) + ")");
			fields.put("description", "ชาวบ้านในพื้นที่ใช้เส้นทางนี้ทุกวัน ข้อเสนอนี้ช่วยให้เดินทางปลอดภัยขึ้น"
					+ " โดยเฉพาะเด็กนักเรียนและผู้สูงอายุในช่วงเย็น");
			fields.put("dimension", dimensions.isEmpty() ? "" : dimensions.get(n % dimensions.size()));
			fields.put("area", areas.isEmpty() ? "" : areas.get(n % areas.size()));
			fields.put("latitude", "");
			fields.put("longitude", "");
			fields.put("website", "");
			long latency = nodes.send(sent++,
					node -> ideaMultipart ? HtmlForms.postMultipart(node + ideas, fields, ideaFiles)
							: HtmlForms.post(node + ideas, fields),
					PublicLoadClient::thanked);
			if (latency >= 0) {
				tally.ideaLatencies.add(latency);
				tally.ideasAcked.add(key);
			}
		}

		private void support() throws InterruptedException {
			if (supported == pool.size()) {
				return; // supported every idea of the pool once (a second support of the same idea adds nothing)
			}
			long idea = pool.get((firstIdea + supported++) % pool.size());
			Map<String, String> fields = new LinkedHashMap<>(supportForm);
			fields.replaceAll((name, value) -> name.toLowerCase().contains("key") ? UUID.randomUUID().toString() : value);
			String path = ideas + "/" + idea + "/support";
			tally.supportsTried.add(number + "," + idea);
			long latency = nodes.send(sent++, node -> HtmlForms.post(node + path, fields),
					PublicLoadClient::supported);
			if (latency >= 0) {
				tally.supportLatencies.add(latency);
				tally.supportsAcked.add(number + "," + idea);
			}
		}
	}
}
