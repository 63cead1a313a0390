import { create } from "zustand";
import type { Analysis } from "../lib/api/types";
import type { ServerEvent } from "../room/events";

export type AnalysisStatus = "idle" | "pending" | "done" | "error";

export interface AnalysisState {
  status: AnalysisStatus;
  result: Analysis | null;
  error: string | null;
}

export const initialAnalysisState: AnalysisState = { status: "idle", result: null, error: null };

/** Pure reducer for the analysis panel. Errors count only while an analysis is pending. */
export function reduceAnalysis(state: AnalysisState, event: ServerEvent): AnalysisState {
  switch (event.type) {
    case "analysis.started":
      return { ...state, status: "pending", error: null };
    case "analysis.result": {
      const { type: _type, ...result } = event;
      return { status: "done", result, error: null };
    }
    case "analysis.failed":
      // Told to the whole room: every panel waiting on this analysis stops waiting.
      return { ...state, status: "error", error: event.message };
    case "error":
      return state.status === "pending" ? { ...state, status: "error", error: event.message } : state;
    default:
      return state;
  }
}

interface AnalysisStore extends AnalysisState {
  apply: (event: ServerEvent) => void;
  requested: () => void;
  resolved: (result: Analysis) => void;
  failed: (message: string) => void;
  reset: () => void;
}

/** Analysis panel state: fed by `analysis.*` events or by the REST fallback. */
export const useAnalysisStore = create<AnalysisStore>((set) => ({
  ...initialAnalysisState,
  apply: (event) =>
    set((s) => reduceAnalysis({ status: s.status, result: s.result, error: s.error }, event)),
  requested: () => set({ status: "pending", error: null }),
  resolved: (result) => set({ status: "done", result, error: null }),
  failed: (message) => set({ status: "error", error: message }),
  reset: () => set({ ...initialAnalysisState }),
}));
