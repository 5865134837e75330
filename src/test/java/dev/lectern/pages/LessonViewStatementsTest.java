package dev.lectern.pages;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one warm lesson view costs the database: nothing for the content (it is served from
 * the catalogue's cache), and for the session store one read of the session. Nothing is
 * written back when a page only read the reader's state; a progress save writes it. Over real HTTP: MockMvc's own result handling reads the
 * session once more after the request, which a browser's request never does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(LessonViewStatementsTest.CountingDataSource.class)
class LessonViewStatementsTest {

	private static final String LESSON = "/python-backend/introduction-to-django";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private Statements statements;

	@Test
	void aWarmLessonViewIssuesNoContentStatementAndDoesNotRewriteTheReader() throws Exception {
		HttpResponse<String> first = get(LESSON, null); // cold: creates the session, fills the cache
		String cookie = first.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
		assertThat(get(LESSON, cookie).statusCode()).isEqualTo(200);
		this.statements.clear();

		assertThat(get(LESSON, cookie).statusCode()).isEqualTo(200);

		assertThat(this.statements.content()).as("content statements of a warm lesson view").isEmpty();
		// Spring Session: it loads the session with its attributes, once, and writes nothing:
		// the page only read the reader's state, and the last access was stamped less than
		// a minute ago (CoarseAccessTimeSessionRepository).
		assertThat(this.statements.session()).as("session statements of a warm lesson view")
			.singleElement()
			.satisfies(sql -> assertThat(sql).startsWith("select").contains("from spring_session"));
	}

	@Test
	void aProgressSaveWritesTheReaderOnce() throws Exception {
		HttpResponse<String> page = get(LESSON, null);
		String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
		String token = Jsoup.parse(page.body()).select("meta[name=_csrf]").attr("content");
		this.statements.clear();

		HttpResponse<String> save = this.http.send(HttpRequest.newBuilder(uri(LESSON + "/progress"))
			.header("Cookie", cookie)
			.header("X-CSRF-TOKEN", token)
			.header("Accept", "application/json")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("section=what-is-django"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(save.statusCode()).isEqualTo(200);

		assertThat(this.statements.content()).isEmpty();
		assertThat(this.statements.session()).filteredOn(sql -> sql.startsWith("update spring_session_attributes"))
			.hasSize(1);
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** Every statement the application prepares, lower-cased, in order. */
	static final class Statements {

		private final List<String> sql = new CopyOnWriteArrayList<>();

		void add(String statement) {
			this.sql.add(statement.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
		}

		void clear() {
			this.sql.clear();
		}

		List<String> session() {
			return this.sql.stream().filter(Statements::isSession).toList();
		}

		List<String> content() {
			return this.sql.stream().filter(sql -> !isSession(sql)).toList();
		}

		private static boolean isSession(String sql) {
			return sql.contains("spring_session");
		}

	}

	/** Wraps the DataSource so that every prepared statement is recorded. */
	@TestConfiguration(proxyBeanMethods = false)
	static class CountingDataSource {

		@Bean
		Statements statements() {
			return new Statements();
		}

		@Bean
		static BeanPostProcessor countingDataSourcePostProcessor(
				org.springframework.beans.factory.ObjectProvider<Statements> statements) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
						return proxy(DataSource.class, dataSource, (method, args, result) -> {
							if (result instanceof Connection connection) {
								return proxy(Connection.class, connection, (m, a, r) -> {
									if (m.getName().startsWith("prepare") && a != null && a.length > 0
											&& a[0] instanceof String sql) {
										statements.getObject().add(sql);
									}
									return r;
								});
							}
							return result;
						});
					}
					return bean;
				}
			};
		}

		interface After {

			Object apply(java.lang.reflect.Method method, Object[] args, Object result);

		}

		@SuppressWarnings("unchecked")
		static <T> T proxy(Class<T> type, T target, After after) {
			InvocationHandler handler = (proxy, method, args) -> {
				if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
					return method.invoke(target, args);
				}
				try {
					return after.apply(method, args, method.invoke(target, args));
				}
				catch (InvocationTargetException ex) {
					throw ex.getTargetException();
				}
			};
			return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
		}

	}

}
