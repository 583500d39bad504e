evaluate(new File(itRoot, 'verify-support.groovy'))

String original = '507f1f77bcf86cd799439011'

// the lost create answer was settled by listing: one create, never a second twin
requireLog('Creating the twin of webhook \'Production Webhook\' (507f1f77bcf86cd799439011) had no clear answer')
requireLog('listing the workspace to learn whether it exists')
def calls = requests().collect { it.method + ' ' + it.path }
assert calls.count { it == 'POST /v2/webhooks' } == 1: calls
// the raw output: the new secret first, the previous one second
def lines = secretIn('target/secrets/webhook.secret').readLines()
assert lines.size() == 2 && lines[1] == 'whsec_seededsecretthatmustberotated0001'
// the lost delete answer: the delete is sent again (DELETE is idempotent) or found done
assert calls.count { it == "DELETE /v2/webhooks/${original}".toString() } >= 1: calls
requireLog("webhook 'Production Webhook' (")
requireLog(") replaces ${original}")
requireLog('No changes. Live webhooks match the configuration.')
assertHygiene()
true
