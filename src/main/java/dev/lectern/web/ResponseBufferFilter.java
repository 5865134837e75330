package dev.lectern.web;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps an answer in memory until the request is done: a buffer large enough for any page
 * (Tomcat's default is 8 KB; the lesson page is about 15 KB before compression), and
 * flushes held back until the filters around this one have finished.
 *
 * <p>Why: an answer that is flushed, or outgrows its buffer, is committed while the request
 * is still running. Spring Session then saves the session at that moment and, when the
 * request ends, commits it a second time, which reads the session from the database once
 * more (Thymeleaf flushes every page it renders). Held back, the session is saved once, at
 * the end of the request, and still before a byte of the answer leaves: the container sends
 * the answer after the last filter has returned.
 */
class ResponseBufferFilter extends OncePerRequestFilter {

	/** Innermost: after Spring Session's and Spring Security's filters have wrapped the response. */
	static final int ORDER = 0;

	static final int BUFFER_SIZE = 64 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (response.getBufferSize() < BUFFER_SIZE) {
			response.setBufferSize(BUFFER_SIZE);
		}
		chain.doFilter(request, new HeldFlushResponse(response));
	}

	/**
	 * A response whose flushes (and closes) do nothing; the container flushes and closes it
	 * when the request is done.
	 */
	private static final class HeldFlushResponse extends HttpServletResponseWrapper {

		private PrintWriter writer;

		private ServletOutputStream stream;

		HeldFlushResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void flushBuffer() {
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				this.writer = new PrintWriter(super.getWriter(), false) {
					@Override
					public void flush() {
					}

					@Override
					public void close() {
					}
				};
			}
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.stream == null) {
				ServletOutputStream target = super.getOutputStream();
				this.stream = new ServletOutputStream() {
					@Override
					public void write(int b) throws IOException {
						target.write(b);
					}

					@Override
					public void write(byte[] b, int off, int len) throws IOException {
						target.write(b, off, len);
					}

					@Override
					public void flush() {
					}

					@Override
					public void close() {
					}

					@Override
					public boolean isReady() {
						return target.isReady();
					}

					@Override
					public void setWriteListener(WriteListener listener) {
						target.setWriteListener(listener);
					}
				};
			}
			return this.stream;
		}

	}

}
