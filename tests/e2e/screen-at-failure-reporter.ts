import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints, after the summary, what the screen showed when each failed test stopped (the
 * `screen at failure` attachment from the fixtures). The CI log keeps only its end, and the CI
 * machine's traces and screenshots are not kept, so this is what is left to read a failure by.
 */
export default class ScreenAtFailureReporter implements Reporter {
  private readonly screens: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    const screen = result.attachments.find((a) => a.name === 'screen at failure' && a.body);
    if (screen?.body) this.screens.push(`--- the screen when "${test.title}" (attempt ${result.retry + 1}) stopped: ${screen.body.toString('utf8')}\n---`);
  }

  onEnd(): void {
    if (this.screens.length) console.log(`\n${this.screens.join('\n')}`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
