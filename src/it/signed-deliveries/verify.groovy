evaluate(new File(itRoot, 'verify-support.groovy'))
import groovy.json.JsonSlurper

// the story, as the driver and the receiver (its own process) told it
requireLog('story: the emulator will deliver to the receiver at http://127.0.0.1:')
requireLog("+ create 'Receiver Webhook'")
requireLog('story: deployed the secret apply handed out to the receiver')
requireLog('receiver: accepted notif_')
requireLog('story: event notif_')
requireLog(' delivered before the rotation: HTTP 200')
requireLog("Rotated the secret of webhook 'Receiver Webhook' (")
requireLog('receiver: rejected a delivery: NO_MATCHING_SECRET')
requireLog('the receiver with the old secret answered HTTP 401')
requireLog('receiver: using 2 secret(s) from webhook-secrets')
requireLog('story: retry 2 of event notif_')
requireLog('verified with secret #1')
assert buildLog.indexOf('delivered before the rotation') < buildLog.indexOf('Rotated the secret')
assert buildLog.indexOf('Rotated the secret') < buildLog.indexOf('answered HTTP 401')
assertHygiene()

String applied = secretIn('target/featurebase/secrets/receiver-webhook.secret').trim()
String rotated = secretIn('target/featurebase/webhook.secret').trim()
assert rotated ==~ /whsec_[A-Za-z0-9_\-]+/ && rotated != applied

def fingerprint = { String s ->
  'sha256:' + java.security.MessageDigest.getInstance('SHA-256').digest(s.getBytes('UTF-8'))
      .encodeHex().toString().substring(0, 8)
}
def attempts = new JsonSlurper().parse(new File(basedir, 'target/deliveries.json')).deliveries
assert attempts.size() == 4: attempts
assert attempts*.attempt == [1, 1, 2, 1]
assert attempts*.status == [200, 401, 200, 200]
assert attempts*.outcome == ['succeeded', 'failed', 'succeeded', 'succeeded']
assert attempts[1].eventId == attempts[2].eventId
assert attempts*.signedWith == [fingerprint(applied), fingerprint(rotated), fingerprint(rotated), fingerprint(rotated)]
assert !new File(basedir, 'target/deliveries.json').text.contains('whsec_')
assert rotations().size() == 1
true
