package dev.lectern.reader;

import java.util.IdentityHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectFactory;
import org.springframework.beans.factory.config.Scope;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.WebUtils;

/**
 * The scope of {@link ReaderSession}: the HTTP session, like {@code @SessionScope}, with one
 * difference that matters for speed: reading the reader's state does not write it back.
 *
 * <p>Spring's session scope remembers every session attribute a request read and sets it
 * again when the request completes, so that in-place changes reach a distributed session
 * store. With Spring Session JDBC that meant a serialised copy of the reader's state was
 * written to the database on every page view (with {@code save-mode=on-get-attribute}, once
 * on the read and once more on the re-set, the second time after the answer had gone out).
 * This scope reads the bean straight from the {@link HttpSession}, which registers nothing,
 * and Spring Session runs with {@code save-mode=on-set-attribute}: the bean is written when
 * it changed, and only then. {@link ReaderSession} reports each real change through
 * {@link #changed(Object)}, which sets the attribute again within the request, before the
 * answer is written, so Spring Session saves it before the response is committed, as before.
 */
public final class ReaderScope implements Scope {

	public static final String NAME = "reader";

	/** Per request: which session attribute holds which bean (by identity). */
	private static final String NAMES = ReaderScope.class.getName() + ".names";

	@Override
	public Object get(String name, ObjectFactory<?> objectFactory) {
		HttpServletRequest request = request();
		HttpSession session = request.getSession(true);
		Object bean;
		synchronized (WebUtils.getSessionMutex(session)) {
			bean = session.getAttribute(name);
			if (bean == null) {
				bean = objectFactory.getObject();
				session.setAttribute(name, bean);
			}
		}
		names(request).put(bean, name);
		return bean;
	}

	@Override
	public Object remove(String name) {
		HttpSession session = request().getSession(false);
		if (session == null) {
			return null;
		}
		Object bean = session.getAttribute(name);
		if (bean != null) {
			session.removeAttribute(name);
		}
		return bean;
	}

	/**
	 * Not supported: the bean lives in a session that Spring Session stores in the
	 * database, where a destruction callback could not be kept. ReaderSession has none.
	 */
	@Override
	public void registerDestructionCallback(String name, Runnable callback) {
	}

	@Override
	public Object resolveContextualObject(String key) {
		return RequestContextHolder.currentRequestAttributes().resolveReference(key);
	}

	@Override
	public String getConversationId() {
		HttpSession session = request().getSession(false);
		return (session != null) ? session.getId() : null;
	}

	/**
	 * Marks a bean of this scope as changed: sets its session attribute again so that the
	 * session store saves it with this request. Outside a request (a bean made by hand in a
	 * unit test) there is nothing to save and nothing happens.
	 */
	static void changed(Object bean) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet)) {
			return;
		}
		String name = names(servlet.getRequest()).get(bean);
		HttpSession session = servlet.getRequest().getSession(false);
		if (name != null && session != null) {
			session.setAttribute(name, bean);
		}
	}

	private static HttpServletRequest request() {
		RequestAttributes attributes = RequestContextHolder.currentRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet)) {
			throw new IllegalStateException("The reader scope needs a servlet request");
		}
		return servlet.getRequest();
	}

	@SuppressWarnings("unchecked")
	private static Map<Object, String> names(HttpServletRequest request) {
		Map<Object, String> names = (Map<Object, String>) request.getAttribute(NAMES);
		if (names == null) {
			names = new IdentityHashMap<>();
			request.setAttribute(NAMES, names);
		}
		return names;
	}

}
