import { create } from "zustand";
import type { ServerEvent } from "../room/events";
import { echoInput, initialRunState, markStarting, reduceRun, type RunState } from "./runReducer";

interface RunStore extends RunState {
  stdin: string;
  apply: (event: ServerEvent) => void;
  starting: () => void;
  echo: (text: string) => void;
  setStdin: (stdin: string) => void;
  reset: () => void;
}

function stateOf(store: RunStore): RunState {
  const { stdin: _s, apply: _a, starting: _st, echo: _e, setStdin: _ss, reset: _r, ...rest } =
    store;
  return rest;
}

/** UI state of the run panel, fed by the room's type-100 events. */
export const useRunStore = create<RunStore>((set) => ({
  ...initialRunState,
  stdin: "",
  apply: (event) => set((s) => reduceRun(stateOf(s), event)),
  starting: () => set((s) => markStarting(stateOf(s))),
  echo: (text) => set((s) => echoInput(stateOf(s), text)),
  setStdin: (stdin) => set({ stdin }),
  reset: () => set({ ...initialRunState }),
}));
