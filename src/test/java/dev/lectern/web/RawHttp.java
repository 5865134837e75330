package dev.lectern.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 spoken by hand, so that tests can send what no well-behaved client would:
 * raw bytes in paths, broken encodings, lying lengths.
 */
final class RawHttp {

	private RawHttp() {
	}

	static Response send(int port, byte[] request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			return parse(socket);
		}
	}

	static byte[] request(String method, byte[] target, Map<String, String> headers, byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(method.getBytes(StandardCharsets.US_ASCII));
		out.write(' ');
		out.writeBytes(target);
		out.writeBytes(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n".getBytes(StandardCharsets.US_ASCII));
		headers.forEach((name, value) -> out.writeBytes((name + ": " + value + "\r\n").getBytes(StandardCharsets.ISO_8859_1)));
		if (body != null && !headers.containsKey("Content-Length")) {
			out.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
		}
		out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		if (body != null) {
			out.writeBytes(body);
		}
		return out.toByteArray();
	}

	private static Response parse(Socket socket) throws IOException {
		byte[] all = readUntilClosedOrQuiet(socket);
		String raw = new String(all, StandardCharsets.ISO_8859_1);
		int end = raw.indexOf("\r\n\r\n");
		if (end < 0) {
			return new Response(0, Map.of(), raw);
		}
		String[] lines = raw.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
			}
		}
		String body = raw.substring(end + 4);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunk(body);
		}
		return new Response(status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
	}

	/**
	 * Reads until the server closes the connection, or, once an answer has arrived, until it
	 * falls silent: a server that refused a body may wait for bytes the test never sends.
	 */
	private static byte[] readUntilClosedOrQuiet(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				out.write(buffer, 0, read);
				socket.setSoTimeout(3_000);
			}
		}
		catch (java.net.SocketTimeoutException ex) {
			if (out.size() == 0) {
				throw ex;
			}
		}
		return out.toByteArray();
	}

	private static String dechunk(String body) {
		StringBuilder out = new StringBuilder();
		int at = 0;
		while (at < body.length()) {
			int lineEnd = body.indexOf("\r\n", at);
			if (lineEnd < 0) {
				break;
			}
			int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].trim(), 16);
			if (size == 0) {
				break;
			}
			out.append(body, lineEnd + 2, Math.min(body.length(), lineEnd + 2 + size));
			at = lineEnd + 2 + size + 2;
		}
		return out.toString();
	}

	record Response(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

}
