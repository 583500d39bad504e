evaluate(new File(itRoot, 'verify-support.groovy'))

requireLog('+ create \'Production Webhook\'')
requireLog('requestConfig.headers.X-Receiver-Token: (sensitive, from ${env:RECEIVER_TOKEN})')
requireLog('requestConfig.headers.X-Custom-Header: value')
requireLog('Plan: 2 to create, 0 to update, 0 to delete.')
requireLog('No changes. Live webhooks match the configuration.')
forbidLog('rt-sensitive-4711')
// the invoker runs mvn -B, and Maven's colours are off in batch mode: so are the plan's
['\u001B[32m', '\u001B[33m', '\u001B[31m'].each { code ->
  assert !buildLog.contains(code): 'a plan colour appears in build.log of a batch build'
}
assertHygiene()

// the secrets of the created webhooks were handed over, owner-only
String secret = secretIn('target/featurebase/secrets/production-webhook.secret').trim()
assert secret ==~ /whsec_[A-Za-z0-9_\-]+/
secretIn('target/featurebase/secrets/paused-webhook.secret')

// API economy: each plan is one list call; apply is one POST per create plus the PATCH for paused
def calls = requests().collect { it.method + ' ' + it.path.replaceAll(/[0-9a-f]{24}/, '{id}') }
// first plan, apply's plan, apply's check for duplicates after creating, second plan
assert calls.count { it == 'GET /v2/webhooks' } == 4: calls
assert calls.count { it == 'POST /v2/webhooks' } == 2: calls
assert calls.count { it == 'PATCH /v2/webhooks/{id}' } == 1: calls
assert calls.size() == 7: calls

def plan = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/featurebase/plan.json'))
assert plan.formatVersion == 1
assert plan.summary.hasChanges == false
assert !new File(basedir, 'target/featurebase/plan.json').text.contains('rt-sensitive-4711')
true
