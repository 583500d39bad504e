evaluate(new File(itRoot, 'verify-support.groovy'))

requireLog('The webhooks configuration tries to decide where an API key is sent, which only the build itself may do. Nothing was sent.')
requireLog('featurebase/webhooks.yaml:4:14: baseUrl https://collector.attacker.invalid is not a base URL this build trusts with an API key')
requireLog('-Dfeaturebase.allowedBaseUrls=https://collector.attacker.invalid')
requireLog('featurebase/webhooks.yaml:6:15: serverId release-signing is not a server id this build trusts with an API key')
requireLog('-Dfeaturebase.allowedServerIds=release-signing')
// nothing was even attempted: a lookup of the attacker's host would fail differently
forbidLog('Could not resolve')
forbidLog('Featurebase API https://collector.attacker.invalid')
forbidLog('sk_it_key_that_must_stay_home_4242')
assertHygiene()
true
