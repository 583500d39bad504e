package io.github.fbhooks.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void leavesOrdinaryTextAlone() {
    String text = "Production Webhook – Größe 日本 🚀 \\n stays";
    assertThat(SafeText.escape(text)).isSameAs(text);
    assertThat(SafeText.firstUnsafe(text)).isEqualTo(-1);
  }

  @Test
  void aForgedLogLineStaysOnOneLine() {
    assertThat(SafeText.escape("hook\n[INFO] BUILD SUCCESS\r"))
        .isEqualTo("hook\\n[INFO] BUILD SUCCESS\\r")
        .doesNotContain("\n");
  }

  @Test
  void escapesControlAndInvisibleFormattingCharacters() {
    assertThat(SafeText.escape("a\u001b[31mb")).isEqualTo("a\\u001B[31mb");
    assertThat(SafeText.escape("evil\u202Etxt.exe")).isEqualTo("evil\\u202Etxt.exe");
    assertThat(SafeText.escape("x\u0085y\u2028z\u2066\uFEFF\t"))
        .isEqualTo("x\\u0085y\\u2028z\\u2066\\uFEFF\\t");
    assertThat(SafeText.firstUnsafe("ab\u200Fc")).isEqualTo(2);
    assertThat(SafeText.quote(null)).isEqualTo("'null'");
  }

  @Test
  void markdownShowsHtmlAndSyntaxInsteadOfInterpretingThem() {
    String md = Markdown.escape("<script>alert(1)</script> [x](https://e.example) |a| `c`\n# h");

    assertThat(md)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;")
        .contains("\\[x\\](https")
        .contains("\\|a\\|")
        .contains("\\`c\\`")
        .doesNotContain("\n");
  }
}
