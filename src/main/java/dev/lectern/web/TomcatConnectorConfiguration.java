package dev.lectern.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat serves HTTP/1.1 with {@link TurnTakingHttp11NioProtocol}: its own NIO connector,
 * except that kept-alive connections take turns for a worker thread.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConnectorConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> turnTakingConnections() {
		return factory -> factory.setProtocol(TurnTakingHttp11NioProtocol.class.getName());
	}

}
