package io.github.fbhooks.api;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Sends on every request: {@code Authorization: Bearer <key>}, {@code Featurebase-Version}, {@code
 * User-Agent: fbhooks/<version> (Java <version>)}, {@code Accept: application/json}, and {@code
 * Content-Type: application/json} when there is a body. Values are set as literals, so nothing in
 * them is read as a Feign template expression.
 */
final class HeadersInterceptor implements RequestInterceptor {

  private final ClientSettings settings;

  HeadersInterceptor(ClientSettings settings) {
    this.settings = settings;
  }

  @Override
  public void apply(RequestTemplate template) {
    set(template, "Authorization", "Bearer " + settings.apiKey().reveal());
    set(template, "Featurebase-Version", settings.apiVersion().value());
    set(template, "User-Agent", UserAgent.value());
    set(template, "Accept", "application/json");
    byte[] body = template.body();
    if (body != null && body.length > 0) {
      set(template, "Content-Type", "application/json");
    }
  }

  private static void set(RequestTemplate template, String name, String value) {
    template.removeHeader(name);
    template.headerLiteral(name, value);
  }
}
