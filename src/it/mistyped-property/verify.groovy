evaluate(new File(itRoot, 'verify-support.groovy'))

// a property that only looks like one of ours would be ignored: -Dfeaturbase.dryRun=true would
// rotate for real, so both are refused before anything is sent
requireLog('-Dfeaturebase.dryrun (did you mean -Dfeaturebase.dryRun?)')
requireLog('-Dfeaturbase.dryRun (did you mean -Dfeaturebase.dryRun?)')
requireLog('Nothing was sent to Featurebase')
assertHygiene()
true
