package io.github.fbhooks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class BaseUrlsTest {

  @Test
  void acceptsHttpsAndLoopbackHttp() {
    assertThat(BaseUrls.problem("https://do.featurebase.app")).isEmpty();
    assertThat(BaseUrls.problem("http://127.0.0.1:8089")).isEmpty();
    assertThat(BaseUrls.problem("http://localhost:8089/")).isEmpty();
    assertThat(BaseUrls.problem("http://[::1]:8089")).isEmpty();
  }

  @Test
  void refusesPlainHttpToAnyOtherHost() {
    assertThat(BaseUrls.problem("http://featurebase.example.com"))
        .hasValueSatisfying(p -> assertThat(p).contains("unencrypted"));
    assertThat(BaseUrls.problem("http://10.0.0.5:8089")).isPresent();
    assertThat(BaseUrls.problem("http://localhost.evil.example")).isPresent();
  }

  @Test
  void refusesCredentialsQueryAndOtherSchemesWithoutPrintingThem() {
    assertThat(BaseUrls.problem("https://user:hunter2@do.featurebase.app"))
        .hasValueSatisfying(p -> assertThat(p).contains("user info").doesNotContain("hunter2"));
    assertThat(BaseUrls.problem("https://do.featurebase.app?token=abc"))
        .hasValueSatisfying(p -> assertThat(p).doesNotContain("abc"));
    assertThat(BaseUrls.problem("ftp://do.featurebase.app")).isPresent();
    assertThat(BaseUrls.problem("do.featurebase.app")).isPresent();
    assertThatThrownBy(() -> BaseUrls.parse("https://u:hunter2@x.example"))
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void normalisesSpellingsOfOneUrlToOne() {
    URI expected = URI.create("https://do.featurebase.app");
    assertThat(BaseUrls.parse("HTTPS://Do.Featurebase.App:443//")).isEqualTo(expected);
    assertThat(BaseUrls.parse(" https://do.featurebase.app/ ")).isEqualTo(expected);
    assertThat(BaseUrls.parse("http://127.0.0.1:80/api/")).hasToString("http://127.0.0.1/api");
    assertThat(BaseUrls.parse("https://do.featurebase.app:8443"))
        .hasToString("https://do.featurebase.app:8443");
  }
}
