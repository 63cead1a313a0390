export { ApiError, api, apiFetch, errorFromResponse } from "./client";
export type * from "./types";
