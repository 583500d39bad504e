evaluate(new File(itRoot, 'verify-support.groovy'))

String env = secretIn('target/webhook.env')
String secret = (env =~ /FEATUREBASE_WEBHOOK_SECRET=(\S+)/)[0][1]
requireLog('[DEBUG]')
requireLog('POST http://127.0.0.1:')
requireLog('Authorization: [redacted]')
forbidLog(secret)
forbidLog('whsec_seededsecretthatmustberotated0001')
assertHygiene()
// the request log on disk holds no key either
String requestLog = new File(basedir, 'target/requests.json').text
assert !(requestLog =~ /sk_[A-Za-z0-9_]{6,}/)
true
