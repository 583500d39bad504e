evaluate(new File(itRoot, 'verify-support.groovy'))

requireLog("The workspace holds 10 webhooks and allows 10, so an overlap rotation of webhook 'Production Webhook' (507f1f77bcf86cd799439011) has no room for its twin. Nothing was changed.")
requireLog('-Dfeaturebase.rotationStrategy=immediate')
requireLog('-Dfeaturebase.webhookLimit=<n>')
assert !new File(basedir, 'target/secrets/webhook.secret').exists()
assert !new File(basedir, 'target/featurebase/rotations.jsonl').exists()
assertHygiene()
true
