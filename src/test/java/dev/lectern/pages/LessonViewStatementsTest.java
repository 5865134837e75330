package dev.lectern.pages;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import java.net.http.HttpResponse;

import dev.lectern.HttpBrowser;
import dev.lectern.web.NothingStoredBreaksAPageTest;
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
 * What a lesson view costs the database: nothing for the content (it is served from the
 * catalogue's cache); for a returning reader one SELECT of their rows; for a visitor without
 * a cookie nothing at all. Over real HTTP, as a browser sends it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// the same configuration as NothingStoredBreaksAPageTest: one context for both
@Import({ LessonViewStatementsTest.CountingDataSource.class, NothingStoredBreaksAPageTest.BrokenPage.class })
public class LessonViewStatementsTest {

	private static final String LESSON = "/python-backend/introduction-to-django";

	@LocalServerPort
	private int port;

	@Autowired
	private Statements statements;

	@Test
	void aWarmLessonViewOfAReturningReaderIsOneSelectOfTheirRows() {
		HttpBrowser reader = new HttpBrowser(this.port);
		reader.get(LESSON); // cold: fills the caches
		assertThat(reader.get(LESSON + "/sections/key-features").statusCode()).isEqualTo(303);
		assertThat(reader.get(LESSON).statusCode()).isEqualTo(200);
		this.statements.clear();

		assertThat(reader.get(LESSON).statusCode()).isEqualTo(200);

		assertThat(this.statements.all()).as("statements of a warm lesson view")
			.singleElement()
			.satisfies(sql -> assertThat(sql).startsWith("select").contains("from reader r ").endsWith("where r.id = ?"));
	}

	@Test
	void aVisitorWithoutACookieCostsNoStatementAtAll() {
		HttpBrowser warm = new HttpBrowser(this.port);
		for (String path : PAGES) {
			warm.get(path);
		}
		this.statements.clear();

		for (String path : PAGES) {
			HttpResponse<String> page = new HttpBrowser(this.port).get(path);
			assertThat(page.statusCode()).as(path).isIn(200, 303);
		}

		assertThat(this.statements.all()).as("statements for visitors without a cookie").isEmpty();
	}

	@Test
	void aProgressSaveReadsTheReaderOnceAndWritesOnlyTheirRows() {
		HttpBrowser reader = new HttpBrowser(this.port);
		reader.get(LESSON);
		assertThat(reader.postJson(LESSON + "/progress", "section=what-is-django").statusCode()).isEqualTo(200);
		this.statements.clear();

		assertThat(reader.postJson(LESSON + "/progress", "section=key-features").statusCode()).isEqualTo(200);

		assertThat(this.statements.all()).filteredOn(sql -> sql.startsWith("select")).singleElement()
			.satisfies(sql -> assertThat(sql).contains("from reader r ").endsWith("where r.id = ?"));
		assertThat(this.statements.all()).filteredOn(sql -> !sql.startsWith("select"))
			.isNotEmpty()
			.allSatisfy(sql -> assertThat(sql).containsAnyOf("into reader_visit", "into reader_lesson",
					"update reader_lesson"));
	}

	private static final String[] PAGES = { "/", "/python-backend", LESSON, LESSON + "/contents", LESSON + "/quiz",
			LESSON + "/quiz/2", LESSON + "/sections/key-features" };

	/** Every statement the application prepares, lower-cased, in order. */
	static final class Statements {

		private final List<String> sql = new CopyOnWriteArrayList<>();

		void add(String statement) {
			this.sql.add(statement.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
		}

		void clear() {
			this.sql.clear();
		}

		List<String> all() {
			return List.copyOf(this.sql);
		}

	}

	/** Wraps the DataSource so that every prepared statement is recorded. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class CountingDataSource {

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
