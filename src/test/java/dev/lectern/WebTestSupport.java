package dev.lectern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The whole application behind MockMvc, with the real security filters, Spring Session
 * and the fixture lessons (src/test/resources/fixture-content). Every MVC test extends this, so they all share one context.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class WebTestSupport {

	@Autowired
	protected MockMvcTester mvc;

	/** A new reader: their own session cookie, nothing read, nothing answered. */
	protected Reader newReader() {
		return new Reader(this.mvc);
	}

}
