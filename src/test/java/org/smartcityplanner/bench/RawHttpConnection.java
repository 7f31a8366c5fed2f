package org.smartcityplanner.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One kept-alive HTTP/1.1 connection to one node, as a browser holds it, for {@link SurveyLoadClient}: a request
 * is written in one go and its answer read with blocking calls on the calling thread. The load client shares the
 * machine's two cores with the nodes and PostgreSQL, and the JDK's {@code HttpClient} (a selector thread and an
 * executor per client, futures per request) cost a tenth of a node's CPU per answer; this costs a few system
 * calls. It keeps the cookies the nodes set, as a browser does, and reconnects when a node closed the connection.
 */
final class RawHttpConnection implements Closeable {

	/** A node's answer: its status, headers (names in lower case; the last of a repeated one) and body. */
	record Answer(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return headers.getOrDefault(name, "");
		}
	}

	/** How long an answer may take: a submission's (then retried on the other node), a page's (a cold node's first). */
	private static final int SUBMISSION_TIMEOUT_MILLIS = 10_000;
	private static final int PAGE_TIMEOUT_MILLIS = 120_000;

	private final URI node;
	private final Map<String, String> cookies;
	private Socket socket;
	private InputStream in;
	private OutputStream out;

	/** @param cookies the respondent's cookie jar, shared by its connections to every node */
	RawHttpConnection(URI node, Map<String, String> cookies) {
		this.node = node;
		this.cookies = cookies;
	}

	Answer get(String path) throws IOException {
		return send("GET", path, null, PAGE_TIMEOUT_MILLIS);
	}

	Answer postForm(String path, String form) throws IOException {
		return send("POST", path, form, SUBMISSION_TIMEOUT_MILLIS);
	}

	private Answer send(String method, String path, String form, int timeoutMillis) throws IOException {
		if (socket == null) {
			connect();
		}
		socket.setSoTimeout(timeoutMillis);
		byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
		StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
			.append(node.getHost()).append(':').append(node.getPort()).append("\r\nAccept-Language: th\r\n");
		if (!cookies.isEmpty()) {
			head.append("Cookie: ");
			cookies.forEach((name, value) -> head.append(name).append('=').append(value).append("; "));
			head.setLength(head.length() - 2);
			head.append("\r\n");
		}
		if (form != null) {
			head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length)
				.append("\r\n");
		}
		head.append("\r\n");
		try {
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			Answer answer = read();
			if ("close".equalsIgnoreCase(answer.header("connection"))) {
				close();
			}
			return answer;
		}
		catch (IOException e) {
			close();
			throw e;
		}
	}

	private void connect() throws IOException {
		Socket fresh = new Socket();
		fresh.setTcpNoDelay(true);
		// kept only once connected: a refused connection (a killed node) is tried afresh next time
		fresh.connect(new InetSocketAddress(node.getHost(), node.getPort()), 2000);
		socket = fresh;
		in = new BufferedInputStream(fresh.getInputStream(), 16 * 1024);
		out = fresh.getOutputStream();
	}

	private Answer read() throws IOException {
		String statusLine = line();
		int status = Integer.parseInt(statusLine.substring(9, 12));
		Map<String, String> headers = new LinkedHashMap<>();
		for (String line = line(); !line.isEmpty(); line = line()) {
			int colon = line.indexOf(':');
			String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = line.substring(colon + 1).trim();
			headers.put(name, value);
			if (name.equals("set-cookie")) {
				keep(value);
			}
		}
		byte[] body;
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			ByteArrayOutputStream chunks = new ByteArrayOutputStream();
			for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
					size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
				chunks.write(in.readNBytes(size));
				line();
			}
			while (!line().isEmpty()) {
				// trailers: none expected
			}
			body = chunks.toByteArray();
		}
		else {
			int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
			body = in.readNBytes(length);
			if (body.length < length) {
				throw new EOFException("connection closed inside a response");
			}
		}
		return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	/** A cookie the node set: kept, or forgotten when it expired it. */
	private void keep(String setCookie) {
		String pair = setCookie.split(";", 2)[0];
		int equals = pair.indexOf('=');
		String name = pair.substring(0, equals).trim();
		String value = pair.substring(equals + 1).trim();
		if (value.isEmpty() || setCookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
			cookies.remove(name);
		}
		else {
			cookies.put(name, value);
		}
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder(64);
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new EOFException("connection closed by the node");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	@Override
	public void close() {
		if (socket != null) {
			try {
				socket.close();
			}
			catch (IOException e) {
				// closing a broken connection: nothing left to do
			}
			socket = null;
		}
	}
}
