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
assert a != 'whsec_seededsecretthatmustberotated0001'
def rotations = new JsonSlurper().parse(new File(basedir, 'stop-emulator/target/requests.json'))
    .requests.findAll { it.method == 'POST' && it.path.endsWith('/secret') }
assert rotations.size() == 1: "expected one rotation, saw ${rotations.size()}"
assert log.contains('already rotated earlier in this build; not again')
assert !log.contains(a)
true
