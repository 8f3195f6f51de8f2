/**
 * Shape of a CLI command: name, one-line summary, full help text and the runner.
 */

export interface Command {
  name: string;
  summary: string;
  help: string;
  run(args: string[]): Promise<number>;
}
