/**
 * What the stop checks in a worker's code throw (`__Halt`) once the page has raised the
 * worker's stop flag: the run ended, or was stopped.
 */
export class WorkerHalt extends Error {
  constructor() {
    super("This run was stopped");
    this.name = "RunEnded";
  }
  static raise(): never {
    throw new this();
  }
}
