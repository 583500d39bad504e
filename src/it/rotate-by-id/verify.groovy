evaluate(new File(itRoot, 'verify-support.groovy'))

String secret = secretIn('target/webhook.secret').trim()
assert secret ==~ /whsec_[A-Za-z0-9_\-]+/
assert secret != 'whsec_seededsecretthatmustberotated0001': 'the secret was not rotated'
assert rotations().size() == 1
assert rotations()[0].status == 200
requireLog("Rotated the secret of webhook 'Production Webhook' (507f1f77bcf86cd799439011)")
requireLog('no longer works')
requireLog('Wrote the secret to file')
assertHygiene()
assert !new File(basedir, 'target').listFiles().any { it.name.endsWith('.tmp') }
true
