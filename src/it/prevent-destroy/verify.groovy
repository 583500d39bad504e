evaluate(new File(itRoot, 'verify-support.groovy'))

requireLog("webhook 'Production Webhook v2' has preventDestroy")
requireLog("pin 'id: 507f1f77bcf86cd799439011' on 'Production Webhook v2'")
requireLog('Nothing was changed.')
requireLog('featurebase/webhooks.yaml:')
assertHygiene()
true
