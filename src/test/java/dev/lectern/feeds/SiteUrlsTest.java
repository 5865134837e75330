package dev.lectern.feeds;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SiteUrlsTest {

	@Test
	void aConfiguredBaseUrlIsUsedAsItIsWithoutATrailingSlash() {
		SiteUrls urls = new SiteUrls(" https://learn.example.org/lectern/ ");
		assertThat(urls.configured()).isTrue();
		assertThat(urls.absolute("/")).isEqualTo("https://learn.example.org/lectern/");
		assertThat(urls.absolute("/python-backend")).isEqualTo("https://learn.example.org/lectern/python-backend");
	}

	@Test
	void aBaseUrlThatIsNotAnAbsoluteWebUrlStopsTheStart() {
		for (String wrong : new String[] { "learn.example.org", "/lectern", "ftp://learn.example.org",
				"https://learn.example.org/?x=1", "https://learn.example.org/#top", "https://exa mple.org" }) {
			assertThatIllegalStateException().as(wrong)
				.isThrownBy(() -> new SiteUrls(wrong))
				.withMessageContaining("lectern.base-url");
		}
	}

	@Test
	void anEmptyBaseUrlMeansTheRequestDecides() {
		assertThat(new SiteUrls("").configured()).isFalse();
		assertThat(new SiteUrls(null).configured()).isFalse();
	}

	@Test
	void onlyApplicationPathsAreMadeAbsolute() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteUrls("https://x.example").absolute("x"));
	}

}
