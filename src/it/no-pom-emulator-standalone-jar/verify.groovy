evaluate(new File(itRoot, 'verify-support.groovy'))

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

File directory = new File(basedir, 'target/emulator')
def files = directory.listFiles()*.name
assert files.size() == 1 && files[0] ==~ /fbhooks-emulator-.+-standalone\.jar/: files
File jar = new File(directory, files[0])

String key = 'sk_it_standalone_jar_0001'
String java = new File(System.getProperty('java.home'), 'bin/java').path
Process emulator = new ProcessBuilder(java, '-jar', jar.path, '--port', '0', '--api-key', key)
    .directory(directory).redirectErrorStream(true).start()
def executor = Executors.newSingleThreadExecutor()
try {
  def output = new BufferedReader(new InputStreamReader(emulator.inputStream, 'UTF-8'))
  String first = executor.submit({ output.readLine() } as Callable<String>).get(60, TimeUnit.SECONDS)
  assert first != null && first.startsWith('Featurebase emulator listening on http://127.0.0.1:'): first
  URI base = URI.create(first.substring(first.indexOf('http')))

  HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
  def call = { String method, String path, String body ->
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(10))
        .header('Authorization', 'Bearer ' + key)
        .header('Featurebase-Version', '2026-01-01.nova')
        .header('Content-Type', 'application/json')
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build()
    http.send(request, HttpResponse.BodyHandlers.ofString())
  }
  def created = call('POST', '/v2/webhooks',
      '{"name":"Standalone Webhook","url":"https://example.com/standalone","topics":["post.created"]}')
  assert created.statusCode() == 201: created.body()
  def listed = call('GET', '/v2/webhooks', null)
  assert listed.statusCode() == 200
  def page = new groovy.json.JsonSlurper().parseText(listed.body())
  assert page.data*.name == ['Standalone Webhook']
} finally {
  executor.shutdownNow()
  emulator.destroy()
  if (!emulator.waitFor(10, TimeUnit.SECONDS)) {
    emulator.destroyForcibly()
  }
}
true
