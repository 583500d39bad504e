evaluate(new File(itRoot, 'verify-support.groovy'))

String rotated = secretIn('target/rotated.secret').trim()
String live = secretIn('target/live.secret').trim()
assert rotated == live: 'the secret output does not hold the live secret'
assert rotations().size() == 2: "expected the 503 and one retry, saw ${rotations().size()}"
assert rotations()[0].status == 503
assert rotations()[1].status == 200
requireLog('the rotation did not happen; trying again')
assertHygiene()
true
