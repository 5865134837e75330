package dev.lectern.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * Some requests never reach the application: Tomcat itself refuses addresses it cannot
 * decode (invalid UTF-8, encoded slashes, raw control characters) and answers with its
 * own error report, which names the server. Lectern replaces that report with a static page
 * in the site's look, and shows no server details.
 */
@Configuration(proxyBeanMethods = false)
class TomcatErrorPageConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> plainTomcatErrors() {
		Path page = copyErrorPage();
		return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
				Container host = context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve report) {
						report.setShowReport(false);
						report.setShowServerInfo(false);
						report.setProperty("errorCode.0", page.toString());
					}
				}
			}
		}));
	}

	private static Path copyErrorPage() {
		try (InputStream in = new ClassPathResource("tomcat/error.html").getInputStream()) {
			Path file = Files.createTempFile("lectern-error-", ".html");
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			file.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
