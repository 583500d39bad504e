evaluate(new File(itRoot, 'verify-support.groovy'))

requireLog('Saved the plan to')
requireLog("~ update 'Production Webhook' (507f1f77bcf86cd799439011): done")
requireLog('The saved plan is stale, so nothing was applied')
requireLog("webhook 'Production Webhook' (507f1f77bcf86cd799439011)")
assert new File(basedir, 'target/saved-plan.json').isFile()
assertHygiene()
true
