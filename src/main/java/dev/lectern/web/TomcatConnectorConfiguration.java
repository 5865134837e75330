package dev.lectern.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code lectern.tomcat.turn-taking=true}, Tomcat serves HTTP/1.1 with
 * {@link TurnTakingHttp11NioProtocol}: its own NIO connector, except that kept-alive
 * connections take turns for a worker thread. The property is read when the server is made,
 * not as a bean condition, so it works in a Spring AOT build too.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConnectorConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> turnTakingConnections(
			@Value("${lectern.tomcat.turn-taking:true}") boolean turnTaking) {
		return factory -> {
			if (turnTaking) {
				factory.setProtocol(TurnTakingHttp11NioProtocol.class.getName());
			}
		};
	}

}
