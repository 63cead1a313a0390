import { create } from "zustand";
import type { ServerEvent } from "../room/events";
import { initialRunState, inputSent, markStarting, reduceRun, type RunState } from "./runReducer";

interface RunStore extends RunState {
  stdin: string;
  apply: (event: ServerEvent) => void;
  starting: () => void;
  inputSent: () => void;
  setStdin: (stdin: string) => void;
  reset: () => void;
}

function stateOf(store: RunStore): RunState {
  const {
    stdin: _s,
    apply: _a,
    starting: _st,
    inputSent: _i,
    setStdin: _ss,
    reset: _r,
    ...rest
  } = store;
  return rest;
}

/** UI state of the run panel, fed by the room's type-100 events. */
export const useRunStore = create<RunStore>((set) => ({
  ...initialRunState,
  stdin: "",
  apply: (event) => set((s) => reduceRun(stateOf(s), event)),
  starting: () => set((s) => markStarting(stateOf(s))),
  inputSent: () => set((s) => inputSent(stateOf(s))),
  setStdin: (stdin) => set({ stdin }),
  reset: () => set({ ...initialRunState }),
}));
