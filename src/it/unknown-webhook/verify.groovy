evaluate(new File(itRoot, 'verify-support.groovy'))

requireLog("No webhook named 'Prod Webhook' exists")
requireLog("'Production Webhook' (507f1f77bcf86cd799439011)")
requireLog('-Dfeaturebase.webhookName')
assertHygiene()
true
