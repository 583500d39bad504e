evaluate(new File(itRoot, 'verify-support.groovy'))

requireLog('environment variable FEATUREBASE_API_KEY')
requireLog('401')
requireLog('Check the API key from environment variable FEATUREBASE_API_KEY:')
forbidLog("settings.xml server 'featurebase'")
forbidLog('sk_a_wrong_key')
forbidLog('sk_the_key_the_emulator_accepts')
assertHygiene()
true
