evaluate(new File(itRoot, 'verify-support.groovy'))
import java.nio.file.Files

// every goal ran, at debug level, with the HTTP exchanges logged
requireLog('[DEBUG]')
requireLog('Authorization: [redacted]')
requireLog('featurebase/webhooks.yaml: 2 webhooks in 1 workspace: OK')
requireLog('Plan: 1 to create, 1 to update, 0 to delete.')
requireLog('Apply complete')
requireLog('Rotated the secret of webhook \'Production Webhook\'')
// emulator-event made the emulator attempt a delivery, after the rotation: signed with the rotated
// secret and carrying the sensitive header, to a loopback port where nothing listens ("failed", not
// "pending": the attempt ran and was logged)
def event = buildLog =~ /\[INFO\] Event notif_[0-9a-f]+ to webhook 'Production Webhook' at http:\/\/127\.0\.0\.1:1\/webhooks: failed \(connection refused\)\./
assert event.find(): 'build.log lacks the failed delivery of emulator-event'
assert buildLog.indexOf('Rotated the secret') < event.start()
forbidLog('No active webhook is subscribed')
requireLog('BUILD SUCCESS')

// the outputs asked for hold the live secrets, owner-only
String rotated = secretIn('target/out/rotated.secret').trim()
String exported = (secretIn('target/out/exported.env') =~ /FEATUREBASE_WEBHOOK_SECRET=(\S+)/)[0][1]
String created = secretIn('target/featurebase/secrets/new-webhook.secret').trim()
assert rotated ==~ /whsec_[A-Za-z0-9_\-]+/
assert exported == created
def allowed = ['target/out/rotated.secret', 'target/out/exported.env'] as Set

def sensitive = [rotated, exported, 'whsec_seededsecretthatmustberotated0001',
                 'whsec_seededsecretofthestaginghook0002', 'rt-hygiene-sensitive-9931']
int scanned = 0
basedir.eachFileRecurse { File file ->
  if (!file.isFile()) return
  String rel = basedir.toPath().relativize(file.toPath()).toString().replace('\\', '/')
  if (rel in ['invoker.properties', 'verify.groovy'] || allowed.contains(rel) || rel.startsWith('target/featurebase/secrets/')) {
    return
  }
  String text = new String(Files.readAllBytes(file.toPath()), 'ISO-8859-1')
  scanned++
  sensitive.each { s -> assert !text.contains(s): "${rel} contains a secret or sensitive value" }
  assert !(text =~ /whsec_[A-Za-z0-9_\-]{4,}/): "${rel} contains a webhook secret"
  assert !(text =~ /sk_[A-Za-z0-9_]{6,}/): "${rel} contains an API key"
}
assert scanned >= 5: "only ${scanned} files scanned"
// the webhook the event went to has the sensitive header (apply sent it, the request log redacts it)
def patch = requests().find { it.method == 'PATCH' && it.path == '/v2/webhooks/507f1f77bcf86cd799439011' }
assert patch?.body?.url == 'http://127.0.0.1:1/webhooks'
assert patch.body.requestConfig.headers == ['X-Receiver-Token': '[redacted]']
assert new File(basedir, 'target/featurebase/plan.json').isFile()
assert new File(basedir, 'featurebase/imported/webhooks.yaml').isFile()
// no temp files next to the secret outputs
assert new File(basedir, 'target/out').list().sort() == ['exported.env', 'rotated.secret']
assertHygiene()
true
