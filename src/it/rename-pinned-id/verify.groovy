evaluate(new File(itRoot, 'verify-support.groovy'))

requireLog('~ update \'Production Webhook (renamed)\' (507f1f77bcf86cd799439011)')
requireLog('name: "Production Webhook" -> "Production Webhook (renamed)"')
requireLog('Plan: 0 to create, 1 to update, 0 to delete.')
def calls = requests().collect { it.method + ' ' + it.path }
assert !calls.any { it.startsWith('POST') || it.startsWith('DELETE') }: calls
assert calls.contains('PATCH /v2/webhooks/507f1f77bcf86cd799439011')
assert secretIn('target/after.secret').trim() == 'whsec_seededsecretthatmustberotated0001': 'the rename changed the secret'
true
