package io.github.fbhooks.api;

/**
 * Which JDK HTTP client carries a {@link FeaturebaseClient}'s requests. Both send the same requests
 * with the same timeouts, proxy, TLS trust and failure types; they differ in what they leave
 * running.
 */
public enum Transport {

  /**
   * Every request over one shared {@link java.net.http.HttpClient}. Right for a long-lived JVM (a
   * Maven build, an application). Its selector thread waits for sockets in native code, which
   * delays the exit of a JDK 17 to 20 JVM by up to 0.3 s (see {@link SelectorThreads}).
   */
  HTTP_CLIENT,

  /**
   * Every request but PATCH over {@link java.net.HttpURLConnection}, which works on the calling
   * thread and leaves no thread in native code, so a short-lived program exits as soon as it is
   * done on every JDK. {@code HttpURLConnection} cannot send PATCH, so PATCH goes over the shared
   * {@link java.net.http.HttpClient} as with {@link #HTTP_CLIENT}.
   *
   * <p>The JDK repeats a request once on its own when a connection breaks before the status line,
   * unless it streams the body: fbhooks streams every request that has a body, so a create is never
   * repeated. A GET or DELETE may be (as the {@code HttpClient} repeats a GET); a POST without a
   * body (the secret refresh) is not repeated when the system property {@code
   * sun.net.http.retryPost} is {@code false} before the first request, which a program that chooses
   * this transport sets.
   */
  URL_CONNECTION
}
