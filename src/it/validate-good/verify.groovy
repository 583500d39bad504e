evaluate(new File(itRoot, 'verify-support.groovy'))

requireLog(':validate (default) @ validate-good')
requireLog('[INFO] featurebase/webhooks.yaml: 2 webhooks in 1 workspace: OK')
forbidLog('it-receiver-token-never-printed')
assertHygiene()
true
