export { ApiError, api, apiFetch, errorFromResponse } from "./client";
export { describeError, formatWait } from "./errors";
export type * from "./types";
