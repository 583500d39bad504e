import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

String log = new File(basedir, 'build.log').getText('UTF-8')
File secretFile = new File(basedir, 'target/featurebase/webhook.secret')
assert secretFile.isFile()
assert PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile.toPath())) == 'rw-------'
assert secretFile.text.trim() ==~ /whsec_[A-Za-z0-9_\-]+/
assert log.contains('Featurebase emulator listening on http://127.0.0.1:')
assert log.contains('featurebase/webhooks.yaml: 2 webhooks in 1 workspace: OK')
assert log.contains('Plan: 2 to create, 0 to update, 0 to delete.')
assert log.contains('Apply complete: 2 change(s) applied.')
assert log.contains("Rotated the secret of webhook 'Production Webhook' (")
assert log.contains('Wrote the secret to file target/featurebase/webhook.secret (raw, owner-only)')
assert !(log =~ /whsec_[A-Za-z0-9]/)
def rotations = new JsonSlurper().parse(new File(basedir, 'target/featurebase/emulator-requests.json'))
    .requests.findAll { it.method == 'POST' && it.path.endsWith('/secret') }
assert rotations.size() == 1
// the secret apply handed out at creation is no longer the live one
assert new File(basedir, 'target/featurebase/secrets/production-webhook.secret').text.trim() != secretFile.text.trim()
true
