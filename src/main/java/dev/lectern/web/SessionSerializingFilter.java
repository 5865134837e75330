package dev.lectern.web;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One reader's requests are handled one after the other. Spring Session loads a session at
 * the start of a request and writes its attributes back at the end, so two tabs of one
 * reader saving at the same moment would otherwise each write their own copy of the
 * reader's state and the later write would drop the earlier visit. Requests of different
 * readers never wait for each other (beyond sharing a lock stripe), and static files are not
 * held up at all.
 *
 * <p>The lock is per JVM. Across instances a reader's requests are not serialised; sequential
 * use across instances is safe, simultaneous saves by one reader on two instances are not
 * guarded (see the README).
 */
class SessionSerializingFilter extends OncePerRequestFilter {

	/** Runs before Spring Session's filter (Integer.MIN_VALUE + 50) loads the session. */
	static final int ORDER = Integer.MIN_VALUE + 20;

	private static final int STRIPES = 1024;

	private static final long MAX_WAIT_SECONDS = 10;

	private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

	private final String[] cookieNames;

	SessionSerializingFilter(String... cookieNames) {
		this.cookieNames = cookieNames;
		for (int i = 0; i < STRIPES; i++) {
			this.locks[i] = new ReentrantLock(true);
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/favicon")
				|| path.startsWith("/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String session = sessionCookie(request);
		if (session == null) {
			chain.doFilter(request, response);
			return;
		}
		ReentrantLock lock = this.locks[Math.floorMod(session.hashCode(), STRIPES)];
		boolean locked = false;
		try {
			// a stuck request must not stall the reader for good: after the wait, go on unlocked
			locked = lock.tryLock(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
			chain.doFilter(request, response);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		}
		finally {
			if (locked) {
				lock.unlock();
			}
		}
	}

	private String sessionCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (String name : this.cookieNames) {
			for (Cookie cookie : cookies) {
				if (name.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

}
