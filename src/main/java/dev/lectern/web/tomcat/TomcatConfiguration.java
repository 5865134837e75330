package dev.lectern.web.tomcat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * What Lectern changes in Tomcat for which Boot has no property: the connector's protocol
 * and the page Tomcat shows for requests it refuses by itself. Everything else about
 * Tomcat is set in application.properties ({@code server.tomcat.*}).
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	/**
	 * HTTP/1.1 with {@link TurnTakingHttp11NioProtocol} (kept-alive connections take turns
	 * for a worker thread) while {@code lectern.tomcat.turn-taking} is true, the default;
	 * false gives Tomcat's own {@code Http11NioProtocol}. Read when the server starts, not
	 * as a bean condition, so that a jar built with Spring AOT still honours it.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectionsTakeTurns(
			@Value("${lectern.tomcat.turn-taking:true}") boolean turnTaking) {
		return factory -> {
			if (turnTaking) {
				factory.setProtocol(TurnTakingHttp11NioProtocol.class.getName());
			}
		};
	}

	/**
	 * Some requests never reach the application: Tomcat itself refuses addresses it cannot
	 * decode (invalid UTF-8, encoded slashes, raw control characters) and answers with its
	 * error report valve. Boot already hides the report and the server's name
	 * ({@code server.error.include-stacktrace=never}); this puts a static page in the
	 * site's look in their place, its links under the application's context path.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> staticPageForRefusedRequests() {
		return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
				Path page = writeErrorPage(context.getPath());
				Container host = context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve report) {
						report.setProperty("errorCode.0", page.toString());
					}
				}
			}
		}));
	}

	/** tomcat/error.html with its site-absolute links ({@code href="/...}) under the context path. */
	private static Path writeErrorPage(String contextPath) {
		try (InputStream in = new ClassPathResource("tomcat/error.html").getInputStream()) {
			String html = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("href=\"/",
					"href=\"" + contextPath + "/");
			Path file = Files.createTempFile("lectern-error-", ".html");
			Files.writeString(file, html, StandardCharsets.UTF_8);
			file.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
