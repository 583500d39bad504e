evaluate(new File(itRoot, 'verify-support.groovy'))

assert !new File(basedir, 'target/webhook.secret').exists(): 'a dry run wrote the secret file'
assert rotations().isEmpty(): 'a dry run rotated'
assert requests().any { it.method == 'GET' }: 'the dry run did not check the webhook'
requireLog('Dry run: would rotate the secret of webhook')
requireLog('Nothing was changed.')
assertHygiene()
true
