evaluate(new File(itRoot, 'verify-support.groovy'))

requireLog('- delete \'Staging Webhook\' (507f1f77bcf86cd799439012)')
requireLog('Plan: 0 to create, 0 to update, 1 to delete.')
def deletes = requests().findAll { it.method == 'DELETE' }
assert deletes*.path == ['/v2/webhooks/507f1f77bcf86cd799439012']
assertHygiene()
true
