/**
 * Cleanup steps that run last-in first-out, once, whether the benchmark ends normally, by an error or
 * by a signal. A failing step is logged and the remaining steps still run.
 */
export class Teardown {
  private readonly steps: Array<{ description: string; run: () => Promise<void> }> = [];
  private running?: Promise<void>;

  /** Register a step. The returned function runs the step now, at most once, and takes it off the list. */
  add(description: string, run: () => Promise<void>): () => Promise<void> {
    const step = { description, run };
    this.steps.push(step);

    return async () => {
      const index = this.steps.indexOf(step);
      if (index === -1) {
        return;
      }
      this.steps.splice(index, 1);
      await step.run();
    };
  }

  run(): Promise<void> {
    this.running ??= this.runSteps();
    return this.running;
  }

  private async runSteps(): Promise<void> {
    for (let step = this.steps.pop(); step; step = this.steps.pop()) {
      try {
        await step.run();
      } catch (error) {
        console.error(`Cleanup step failed (${step.description}): ${(error as Error).message}`);
      }
    }
  }
}
