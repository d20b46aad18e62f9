import {
  loadEventLoop,
  type EventLoopTools,
  type RunHandle,
  type Runtime,
} from "../../runtime/index.ts";
import type { EventLoopHooks, EventLoopView } from "./event-loop-view.ts";

interface Loaded {
  tools: EventLoopTools;
  view: EventLoopView;
}

/**
 * The playground's "Event loop" toggle. While it is off nothing about the view is loaded and
 * runs go straight to the runtime; the first press loads the recorder and the view, and from
 * then on each Run the reader presses is recorded and shown. Compare and Check stay plain:
 * they measure and judge, and recording would change what they measure.
 */
export class EventLoopToggle {
  #on = false;
  #armed = false;
  /** Counts recorded runs: only the latest one may fill the view. */
  #recorded = 0;
  #loading: Promise<Loaded> | undefined;
  #loaded: Loaded | undefined;
  readonly #button: HTMLButtonElement | null;
  readonly #region: HTMLElement | null;

  constructor(
    root: HTMLElement,
    private readonly hooks: EventLoopHooks,
  ) {
    this.#button = root.querySelector('button[data-action="event-loop"]');
    this.#region = root.querySelector("[data-event-loop]");
    this.#button?.addEventListener("click", () => void this.toggle());
  }

  get on(): boolean {
    return this.#on;
  }

  async toggle(on = !this.#on): Promise<void> {
    this.#on = on;
    this.#button?.setAttribute("aria-pressed", String(on));
    if (!this.#region) return;
    this.#region.hidden = !on;
    if (!on) {
      this.hooks.highlight(undefined);
      return;
    }
    (await this.#load()).view.shown();
  }

  /** Call before a run the reader asked for: if the view is on, that run is recorded. */
  async arm(): Promise<void> {
    if (!this.#on) return;
    await this.#load();
    this.#armed = true;
  }

  /** The run asked for is over (or never started, e.g. it did not compile). */
  disarm(): void {
    this.#armed = false;
  }

  /** The runtime as the run controller sees it: runs go through here to be recorded. */
  runtime(runtime: Runtime): Pick<Runtime, "compile" | "run"> {
    return {
      compile: (source) => runtime.compile(source),
      run: (req, handlers) => {
        const loaded = this.#loaded;
        // A multi-file program runs unrecorded: the view records single-file snippets.
        const code = req.code;
        if (!this.#armed || !this.#on || !loaded || !code) return runtime.run(req, handlers);
        this.#armed = false;
        const program = loaded.tools.recordedProgram(code);
        if ("error" in program) {
          loaded.view.message(program.error);
          return runtime.run(req, handlers);
        }
        const recording = loaded.tools.createRecording(program.plan);
        const ticket = ++this.#recorded;
        loaded.view.recording();
        const handle: RunHandle = runtime.run({ ...req, code: program.code, recording }, handlers);
        void handle.promise.then((result) => {
          const raw = recording.trace();
          if (raw && ticket === this.#recorded)
            loaded.view.show(loaded.tools.buildSteps(raw), result);
        });
        return handle;
      },
    };
  }

  #load(): Promise<Loaded> {
    this.#loading ??= Promise.all([loadEventLoop(), import("./event-loop-view.ts")]).then(
      ([tools, { EventLoopView }]) =>
        (this.#loaded = { tools, view: new EventLoopView(this.#region!, this.hooks) }),
    );
    return this.#loading;
  }
}
