package dev.lectern.insights;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * A signed-in session as the session store holds one (Spring Security's context in the
 * stored session), for tests over real HTTP: whatever way of signing in puts it there, a
 * browser that sends its cookie is that user.
 */
public final class SignedInSessions {

	/** The session cookie's name (application.properties). */
	public static final String COOKIE = "LECTERN_SESSION";

	private SignedInSessions() {
	}

	/**
	 * Stores a session of {@code username} with that role.
	 * @return the session cookie's value (Spring Session sends the id Base64-encoded)
	 */
	public static String store(SessionRepository<?> sessions, String username, String role) {
		String id = save(sessions, username, role);
		return Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8));
	}

	private static <S extends Session> String save(SessionRepository<S> sessions, String username, String role) {
		S session = sessions.createSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(username, null,
						AuthorityUtils.createAuthorityList("ROLE_" + role))));
		sessions.save(session);
		return session.getId();
	}

}
