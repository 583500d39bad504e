evaluate(new File(itRoot, 'verify-support.groovy'))

requireLog('url: https://example.com/webhooks -> https://example.com/webhooks-moved')
requireLog('The live webhooks drifted from the configuration: Plan: 0 to create, 1 to update, 0 to delete.')
assertHygiene()
true
