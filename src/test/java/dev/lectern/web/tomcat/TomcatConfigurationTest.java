package dev.lectern.web.tomcat;

import org.junit.jupiter.api.Test;

import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code lectern.tomcat.turn-taking} picks the connector the server starts with (that the
 * running server uses the turn-taking one by default is checked in {@code HttpServerTest}).
 */
class TomcatConfigurationTest {

	@Test
	void turnTakingOnUsesTheTurnTakingProtocol() {
		assertThat(protocolWithTurnTaking(true)).isEqualTo(TurnTakingHttp11NioProtocol.class.getName());
	}

	@Test
	void turnTakingOffLeavesTomcatsOwnProtocol() {
		assertThat(protocolWithTurnTaking(false)).isEqualTo(TomcatWebServerFactory.DEFAULT_PROTOCOL);
	}

	private static String protocolWithTurnTaking(boolean turnTaking) {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		new TomcatConfiguration().connectionsTakeTurns(turnTaking).customize(factory);
		return factory.getProtocol();
	}

}
