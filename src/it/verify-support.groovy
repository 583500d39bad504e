// Shared assertions for the ITs; each verify.groovy evaluates this file first.
import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

buildLog = new File(basedir, 'build.log').getText('UTF-8')

requireLog = { String text ->
  assert buildLog.contains(text): "build.log lacks: ${text}"
}

forbidLog = { String text ->
  assert !buildLog.contains(text): "build.log must not contain: ${text}"
}

// no webhook secret, no API key, and no stack trace of ours in the log
assertHygiene = {
  assert !(buildLog =~ /whsec_[A-Za-z0-9_\-]{4,}/): 'a webhook secret appears in build.log'
  assert !(buildLog =~ /sk_[A-Za-z0-9_]{6,}/): 'an API key appears in build.log'
  assert !buildLog.contains('\tat io.github.fbhooks'): 'a stack trace appears in build.log'
}

requests = {
  new JsonSlurper().parse(new File(basedir, 'target/requests.json')).requests
}

rotations = {
  requests().findAll { it.method == 'POST' && it.path.endsWith('/secret') }
}

secretIn = { String path ->
  File file = new File(basedir, path)
  assert file.isFile(): "${path} was not written"
  assert PosixFilePermissions.toString(Files.getPosixFilePermissions(file.toPath())) == 'rw-------'
  file.getText('UTF-8')
}
