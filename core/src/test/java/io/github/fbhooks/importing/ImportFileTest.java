package io.github.fbhooks.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.words.SettingException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFileTest {

  @TempDir Path dir;

  @Test
  void writesANewFileInANewDirectoryAndNeverOverAnExistingOne() throws IOException {
    Path target = dir.resolve("featurebase/imported/webhooks.yaml");

    ImportFile.refuseExisting(target, "webhooks.yaml");
    ImportFile.write(target, "version: 1\n");

    assertThat(Files.readString(target)).isEqualTo("version: 1\n");
    assertThatThrownBy(() -> ImportFile.refuseExisting(target, "webhooks.yaml"))
        .isInstanceOf(SettingException.class)
        .hasMessageStartingWith("webhooks.yaml exists already; import never overwrites a file.");
    assertThatThrownBy(() -> ImportFile.write(target, "other"))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(target)).isEqualTo("version: 1\n");
  }

  @Test
  void neverWritesThroughASymbolicLinkEvenADanglingOne() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), dir.resolve("elsewhere.yaml"));

    assertThatThrownBy(() -> ImportFile.refuseExisting(link, "link.yaml"))
        .isInstanceOf(SettingException.class)
        .hasMessageStartingWith("link.yaml is a symbolic link");
    assertThatThrownBy(() -> ImportFile.write(link, "x")).isInstanceOf(IOException.class);
    assertThat(dir.resolve("elsewhere.yaml")).doesNotExist();
  }
}
