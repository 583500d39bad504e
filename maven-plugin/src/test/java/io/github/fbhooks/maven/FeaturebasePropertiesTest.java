package io.github.fbhooks.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FeaturebasePropertiesTest {

  @Test
  void everyPropertyOfEveryGoalIsKnown() throws Exception {
    String descriptor =
        Files.readString(new File("target/classes/META-INF/maven/plugin.xml").toPath());
    Matcher matcher = Pattern.compile("\\$\\{(featurebase\\.[A-Za-z.]+)}").matcher(descriptor);
    Set<String> used = new HashSet<>();
    while (matcher.find()) {
      used.add(matcher.group(1));
    }

    assertThat(used)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(FeaturebaseProperties.KNOWN).contains(p));
  }

  @Test
  void suggestsTheClosestProperty() {
    assertThat(FeaturebaseProperties.closest("featurebase.dryrun")).contains("featurebase.dryRun");
    assertThat(FeaturebaseProperties.closest("featurebase.webhookid"))
        .contains("featurebase.webhookId");
    assertThat(FeaturebaseProperties.closest("featurebase.secretFiel"))
        .contains("featurebase.secretFile");
    assertThat(FeaturebaseProperties.closest("featurebase.somethingElseEntirely")).isEmpty();
  }

  @Test
  void nearMissesOfThePrefixAreRefusedWithTheProperty() {
    assertThat(FeaturebaseProperties.mistyped("featurbase.dryRun"))
        .contains(java.util.Optional.of("featurebase.dryRun"));
    assertThat(FeaturebaseProperties.mistyped("Featurebase.dryRun"))
        .contains(java.util.Optional.of("featurebase.dryRun"));
    assertThat(FeaturebaseProperties.mistyped("featurebase_dryRun"))
        .contains(java.util.Optional.of("featurebase.dryRun"));
    assertThat(FeaturebaseProperties.mistyped("faeturebase.webhookId"))
        .contains(java.util.Optional.of("featurebase.webhookId"));
    assertThat(FeaturebaseProperties.mistyped("featurebase.dryrun"))
        .contains(java.util.Optional.of("featurebase.dryRun"));
  }

  @Test
  void otherPropertiesAreNoneOfItsBusiness() {
    for (String name :
        java.util.List.of(
            "featurebase.dryRun",
            "maven.test.skip",
            "skipTests",
            "feature.flags",
            "env.FEATUREBASE_API_KEY",
            "features",
            "fb.dryRun")) {
      assertThat(FeaturebaseProperties.mistyped(name)).as(name).isEmpty();
    }
  }
}
