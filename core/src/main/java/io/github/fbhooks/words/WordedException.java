package io.github.fbhooks.words;

/**
 * A failure whose message names settings and commands through {@link Words} references, so that
 * each front end can render them in its own syntax. {@link #getMessage()} renders them neutrally;
 * {@link #template()} keeps them for a front end's {@link Words.Renderer}.
 */
public abstract class WordedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param template the message, with {@link Words} references
   * @param cause the cause, or null
   */
  protected WordedException(String template, Throwable cause) {
    super(template, cause);
  }

  /**
   * A failure that neither records a stack trace nor can be suppressed: for failures whose stack is
   * of no use (routing failures through a library).
   *
   * @param template the message, with {@link Words} references
   * @param cause the cause, or null
   * @param writableStackTrace whether to record the stack trace
   */
  protected WordedException(String template, Throwable cause, boolean writableStackTrace) {
    super(template, cause, true, writableStackTrace);
  }

  /** {@return the message, its references rendered for library users} */
  @Override
  public String getMessage() {
    return Words.neutral(template());
  }

  /** {@return the message with its references, for a front end's renderer} */
  public String template() {
    return super.getMessage();
  }

  /**
   * The message in a front end's syntax.
   *
   * @param renderer the front end's renderer
   * @return the message
   */
  public String render(Words.Renderer renderer) {
    return Words.render(template(), renderer);
  }
}
