evaluate(new File(itRoot, 'verify-support.groovy'))

requireLog('Unknown property -Dfeaturebase.dryrun (did you mean -Dfeaturebase.dryRun?)')
requireLog('Nothing was sent to Featurebase')
assertHygiene()
true
