import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

String log = new File(basedir, 'build.log').getText('UTF-8')
File secretFile = new File(basedir, 'target/featurebase/webhook.secret')
assert secretFile.isFile()
assert PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile.toPath())) == 'rw-------'
assert secretFile.text.trim() ==~ /whsec_[A-Za-z0-9_\-]+/
assert log.contains('Featurebase emulator listening on http://127.0.0.1:')
assert log.contains("Rotated the secret of webhook 'Production Webhook' (65a1f0c2e4b0a1b2c3d4e5f6)")
assert log.contains('Wrote the secret to file ' + secretFile.path.replace(basedir.path + File.separator, '')) || log.contains('Wrote the secret to file')
assert !(log =~ /whsec_[A-Za-z0-9]/)
def rotations = new JsonSlurper().parse(new File(basedir, 'target/featurebase/emulator-requests.json'))
    .requests.findAll { it.method == 'POST' && it.path.endsWith('/secret') }
assert rotations.size() == 1
true
