// Starts Treaty Reader's background worker (crates/treaty-worker): loads its wasm-bindgen glue
// and module (built by trunk as a worker, file names without a hash, beside this file), then
// hands every message to the module's Handler. Messages that arrive while the module loads are
// kept and handled in order. The page learns of trouble instead of waiting for ever: "broken"
// when the module cannot be loaded, "crashed" when it stops on a message.
"use strict";
const early = [];
self.onmessage = (event) => early.push(event.data);
importScripts("./treaty-worker.js");
wasm_bindgen({ module_or_path: "./treaty-worker_bg.wasm" }).then(
  () => {
    const handler = new wasm_bindgen.Handler();
    const post = (message) => self.postMessage(message);
    const run = (data) => {
      try {
        handler.handle(data, post);
      } catch (error) {
        self.postMessage({ kind: "crashed", message: String(error) });
        self.close();
      }
    };
    self.onmessage = (event) => run(event.data);
    self.postMessage({ kind: "ready", version: wasm_bindgen.Handler.version() });
    early.splice(0).forEach(run);
  },
  (error) => self.postMessage({ kind: "broken", message: String(error) }),
);
