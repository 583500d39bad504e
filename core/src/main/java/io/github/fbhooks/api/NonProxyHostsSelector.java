package io.github.fbhooks.api;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;

/** Sends every request through the configured proxy, except to its non-proxy hosts. */
final class NonProxyHostsSelector extends ProxySelector {

  private final ProxyConfig config;
  private final List<Proxy> viaProxy;

  NonProxyHostsSelector(ProxyConfig config) {
    this.config = config;
    // unresolved: the proxy host is resolved when connecting, the target host by the proxy
    this.viaProxy =
        List.of(
            new Proxy(
                Proxy.Type.HTTP, InetSocketAddress.createUnresolved(config.host(), config.port())));
  }

  @Override
  public List<Proxy> select(URI uri) {
    return config.bypassesProxy(uri.getHost()) ? List.of(Proxy.NO_PROXY) : viaProxy;
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException failure) {
    // there is no other proxy to fall back to; the failure reaches the caller
  }
}
