import groovy.json.JsonSlurper

evaluate(new File(itRoot, 'verify-support.groovy'))

String original = '507f1f77bcf86cd799439011'
String oldSecret = 'whsec_seededsecretthatmustberotated0001'

// start: both secrets handed out, the twin's as the secret
String env = secretIn('target/secrets/webhook.env')
def id = (env =~ /FEATUREBASE_WEBHOOK_ID=([0-9a-f]{24})\n/)
assert id.find()
String twin = id.group(1)
assert twin != original
def secret = (env =~ /FEATUREBASE_WEBHOOK_SECRET=(whsec_[A-Za-z0-9_\-]+)\n/)
assert secret.find() && secret.group(1) != oldSecret
assert env.contains("FEATUREBASE_WEBHOOK_PREVIOUS_SECRET=${oldSecret}\n")
requireLog("overlap rotation started: twin created, new and previous secret handed out")

// plan during the rotation: both webhooks left alone, nothing to apply, failOnChanges passes
requireLog("* rotating 'Production Webhook' (${original}): an overlap rotation is in progress")
requireLog("* rotating 'Production Webhook' (${twin}): the twin of ${original}")
requireLog('No changes. Live webhooks match the configuration. An overlap rotation is in progress: 2 webhooks left alone until complete-rotation.')

// complete: the old webhook deleted, the twin kept
requireLog("Deleted webhook 'Production Webhook' (${original})")
requireLog("webhook 'Production Webhook' (${twin}) replaces ${original}")

// plan after: the unchanged configuration matches again
assert buildLog.findAll(/No changes\. Live webhooks match the configuration\.\r?\n/).size() == 1

// the API calls: one create, one delete, one PATCH (the description), no secret refresh
def calls = requests().collect { it.method + ' ' + it.path }
assert calls.count { it == 'POST /v2/webhooks' } == 1: calls
assert calls.count { it == "DELETE /v2/webhooks/${original}".toString() } == 1: calls
assert calls.count { it == "PATCH /v2/webhooks/${twin}".toString() } == 1: calls
assert calls.count { it.endsWith('/secret') } == 0: calls

// the record: one line per step, no secret
def lines = new File(basedir, 'target/featurebase/rotations.jsonl').readLines()
assert lines.size() == 2
def start = new JsonSlurper().parseText(lines[0])
def complete = new JsonSlurper().parseText(lines[1])
assert start.strategy == 'overlap' && start.phase == 'start' && start.webhookId == twin
assert start.replacedWebhookId == original
assert complete.phase == 'complete' && complete.webhookId == twin
assert !lines.join('\n').contains('whsec_')
String summary = new File(basedir, 'step-summary.md').text
assert summary.contains('overlap rotation, start') && summary.contains('overlap rotation, complete')
assert !summary.contains('whsec_')

assertHygiene()
true
