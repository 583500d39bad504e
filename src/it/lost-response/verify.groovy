evaluate(new File(itRoot, 'verify-support.groovy'))

String rotated = secretIn('target/rotated.secret').trim()
String live = secretIn('target/live.secret').trim()
assert rotated == live: 'the secret output does not hold the live secret'
assert rotated != 'whsec_seededsecretthatmustberotated0001'
assert rotations().size() == 1: "expected exactly one rotation, saw ${rotations().size()}"
requireLog('reading the webhook back')
requireLog('The rotation had happened, though its answer was lost or unusable')
assertHygiene()
true
