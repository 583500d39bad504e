evaluate(new File(itRoot, 'verify-support.groovy'))

requireLog('7 problems in featurebase/webhooks.yaml:')
requireLog('featurebase/webhooks.yaml:5:8: webhooks[0].url: must be an https URL')
requireLog('featurebase/webhooks.yaml:6:3: webhooks[0].descripton: unknown field "descripton" (did you mean "description"?)')
requireLog('featurebase/webhooks.yaml:7:11: webhooks[0].status: status "suspended" cannot be asked for: only Featurebase sets it')
requireLog('featurebase/webhooks.yaml:9:16: webhooks[0].requestConfig.timeoutMs: is 500; the timeout must be between 1000 and 30000 milliseconds')
requireLog('featurebase/webhooks.yaml:11:25: webhooks[0].requestConfig.headers.X-Receiver-Token: environment variable RECEIVER_TOKEN_NOT_SET_IN_THIS_IT is not set')
requireLog('featurebase/webhooks.yaml:14:7: webhooks[0].topics[1]: unknown topic "post.upvoted" (did you mean "post.voted"?)')
requireLog('featurebase/webhooks.yaml:15:9: webhooks[1].name: duplicate webhook name "Production Webhook" (first at line 4); names are unique in a workspace')
assertHygiene()
true
