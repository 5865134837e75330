package dev.lectern.scaleout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import dev.lectern.LecternApplication;
import dev.lectern.scaleout.EmbeddedPostgresServer.Database;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * One running Lectern instance on a random port, configured the way an operator configures
 * it: profile and database come from environment variables only
 * ({@code SPRING_PROFILES_ACTIVE=postgres}, {@code SPRING_DATASOURCE_URL}, …), which must
 * outrank the H2 defaults of the properties files.
 */
final class Instance implements AutoCloseable {

	private static final ReentrantLock LOGGING_SET_UP = new ReentrantLock();

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final ConfigurableApplicationContext context;

	private final int port;

	private Instance(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	static Instance start(Database database, ApplicationContextInitializer<?>... initializers) {
		Map<String, Object> env = new LinkedHashMap<>();
		env.put("SPRING_PROFILES_ACTIVE", "postgres");
		env.put("SPRING_DATASOURCE_URL", database.url());
		env.put("SPRING_DATASOURCE_USERNAME", database.username());
		env.put("SPRING_DATASOURCE_PASSWORD", database.password());
		env.put("SERVER_PORT", "0");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LecternApplication.class)
			.environment(operatorEnvironment(env))
			.bannerMode(Banner.Mode.OFF)
			.initializers(initializers)
			.listeners(new LoggingTurn(true), new LoggingTurn(false))
			.run();
		return new Instance(context);
	}

	/**
	 * Boot sets up logging once for the whole JVM, not per application: two instances started
	 * at the same moment in one JVM take turns there (or one may read the other's half-set
	 * logging properties), and everything after it runs side by side.
	 */
	private record LoggingTurn(boolean enter) implements ApplicationListener<SpringApplicationEvent>, Ordered {

		@Override
		public void onApplicationEvent(SpringApplicationEvent event) {
			if (this.enter && event instanceof ApplicationEnvironmentPreparedEvent) {
				LOGGING_SET_UP.lock();
			}
			else if (!this.enter && LOGGING_SET_UP.isHeldByCurrentThread()
					&& (event instanceof ApplicationEnvironmentPreparedEvent || event instanceof ApplicationFailedEvent)) {
				LOGGING_SET_UP.unlock();
			}
		}

		@Override
		public int getOrder() {
			return this.enter ? Ordered.HIGHEST_PRECEDENCE : Ordered.LOWEST_PRECEDENCE;
		}

	}

	/** This JVM's system properties, but in place of its environment only the operator's variables. */
	private static StandardEnvironment operatorEnvironment(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		return environment;
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	int port() {
		return this.port;
	}

	HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
		return send(request(path, cookie).GET());
	}

	/** A form post; {@code csrfHeader} (may be null) goes in X-CSRF-TOKEN. */
	HttpResponse<String> post(String path, String cookie, String csrfHeader, String form)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path, cookie).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (csrfHeader != null) {
			request.header("X-CSRF-TOKEN", csrfHeader);
		}
		return send(request);
	}

	private HttpRequest.Builder request(String path, String cookie) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return request;
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Override
	public void close() {
		this.context.close();
	}

}
