package io.github.fbhooks.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fbhooks.words.Command;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.Words;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class MavenWordsTest {

  @Test
  void everySettingCoreNamesIsAPropertyOfThisPlugin() {
    for (Setting setting :
        EnumSet.complementOf(EnumSet.of(Setting.PROXY, Setting.TUNNELING_SCHEMES))) {
      assertThat(FeaturebaseProperties.KNOWN)
          .as(setting.name())
          .contains(MavenWords.property(setting));
    }
  }

  @Test
  void rendersSettingsAsPropertiesAndCommandsAsGoals() {
    String message =
        "Check "
            + Words.setting(Setting.BASE_URL)
            + " or "
            + Words.setting(Setting.PROXY)
            + ", then run "
            + Words.command(
                Command.EXPORT_SECRET,
                Setting.WEBHOOK_ID,
                "507f1f77bcf86cd799439011",
                Setting.SECRET_FILE,
                "<file>");

    assertThat(MavenWords.render(message))
        .isEqualTo(
            "Check -Dfeaturebase.baseUrl or the <proxy> of settings.xml, then run 'mvn"
                + " featurebase:export-secret -Dfeaturebase.webhookId=507f1f77bcf86cd799439011"
                + " -Dfeaturebase.secretFile=<file>'");
  }
}
