evaluate(new File(itRoot, 'verify-support.groovy'))

assert !new File(basedir, 'pom.xml').exists(): 'this IT is about a directory without a pom'

// validate and fmt read featurebase/webhooks.yaml of the current directory and name it relatively
requireLog('featurebase/webhooks.yaml: 2 webhooks in 1 workspace: OK')
requireLog('featurebase/webhooks.yaml: in canonical form.')

// plan and apply against the emulator started in the same invocation
requireLog('Featurebase emulator listening on http://127.0.0.1:')
requireLog('Plan: 2 to create, 0 to update, 0 to delete.')
requireLog('Saved the plan to target/plan.json.')
requireLog("Wrote the secret of 'Production Webhook' to file"
    + ' target/featurebase/secrets/production-webhook.secret (raw, owner-only).')
requireLog('Apply complete: 2 change(s) applied.')
requireLog('request(s) to target/requests.json.')
forbidLog('rt-sensitive-4711')
assertHygiene()

// outputs where a module's would be, under target/ of the current directory
def plan = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/featurebase/plan.json'))
assert plan.formatVersion == 1
assert plan.summary.create == 2
assert new File(basedir, 'target/plan.json').isFile()
String secret = secretIn('target/featurebase/secrets/production-webhook.secret').trim()
assert secret ==~ /whsec_[A-Za-z0-9_\-]+/
secretIn('target/featurebase/secrets/paused-webhook.secret')
assert new File(basedir, 'target/featurebase/intents').isDirectory()

// no directory named after an unresolved expression, anywhere
def literal = []
basedir.eachFileRecurse { if (it.name.contains('${')) literal << it }
assert literal.isEmpty(): "unresolved paths: ${literal}"

def calls = requests().collect { it.method + ' ' + it.path.replaceAll(/[0-9a-f]{24}/, '{id}') }
assert calls.count { it == 'POST /v2/webhooks' } == 2: calls
true
