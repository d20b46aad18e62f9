import { PlaygroundElement } from "./playground-element.ts";

if (!customElements.get("looplab-playground")) {
  customElements.define("looplab-playground", PlaygroundElement);
}
