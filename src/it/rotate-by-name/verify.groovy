evaluate(new File(itRoot, 'verify-support.groovy'))

String env = secretIn('target/secrets/webhook.env')
assert env.contains('FEATUREBASE_WEBHOOK_ID=507f1f77bcf86cd799439012\n')
def matcher = env =~ /FEATUREBASE_WEBHOOK_SECRET=(whsec_[A-Za-z0-9_\-]+)\n/
assert matcher.find()
assert matcher.group(1) != 'whsec_seededsecretofthestaginghook0002'
assert rotations().size() == 1
assert rotations()[0].path == '/v2/webhooks/507f1f77bcf86cd799439012/secret'
requireLog("Webhook 'Staging Webhook' (507f1f77bcf86cd799439012) found.")
assertHygiene()
true
