import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
def secretOf = { String module ->
  Properties p = new Properties()
  new File(basedir, module + '/target/out/secret.properties').withInputStream { p.load(it) }
  p.getProperty('secret')
}
String a = secretOf('module-a')
String b = secretOf('module-b')
assert a ==~ /whsec_[A-Za-z0-9_\-]+/: 'module-a did not get the secret'
assert a == b: 'the two modules got different secrets'
String c = new File(basedir, 'module-c/stale/webhook.env').getText('UTF-8')
assert c.contains('FEATUREBASE_WEBHOOK_SECRET=' + a): 'module-c kept a stale secret file'
assert !c.contains('whsec_stalefromthelastrelease0000')
assert a != 'whsec_seededsecretthatmustberotated0001'
def rotations = new JsonSlurper().parse(new File(basedir, 'stop-emulator/target/requests.json'))
    .requests.findAll { it.method == 'POST' && it.path.endsWith('/secret') }
assert rotations.size() == 1: "expected one rotation, saw ${rotations.size()}"
assert log.contains("was rotated earlier in this build; writing that secret to this module's outputs, not rotating again")
assert !log.contains(a)
true
