String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('receiver: accepted notif_1 (post.created) verified with secret #1')
assert log.contains('receiver: duplicate notif_1 (post.created) ignored')
assert log.contains('receiver: rejected a delivery: NO_MATCHING_SECRET')
assert log.contains('receiver: rejected a delivery: TIMESTAMP_TOO_OLD')
assert log.contains('receiver: accepted notif_5 (post.created) verified with secret #2')
assert !(log =~ /whsec_[A-Za-z0-9]/): 'a secret appears in build.log'
true
