import { apiFetch } from "../lib/api/client";
import type { AuthConfig } from "../lib/api/types";
import { useAuthStore } from "./authStore";

/**
 * Signs this browser out: the app's identity at once (every tab follows), then, for a
 * Cognito sign-in, the Cognito session behind it, so its refresh token is revoked and gone
 * from storage and the next person can sign in as themselves.
 */
export function signOut(): void {
  const { provider } = useAuthStore.getState();
  useAuthStore.getState().signOut();
  if (provider === "cognito") void endCognitoSession();
}

async function endCognitoSession(): Promise<void> {
  try {
    const config = await apiFetch<AuthConfig>("/api/auth/config");
    if (config.cognito == null) return;
    const { cognitoSignOut } = await import("./cognito");
    await cognitoSignOut(config.cognito);
  } catch {
    // Best effort: the app's identity is gone already, and the next Cognito sign-in ends
    // a session left behind (cognitoSignIn).
  }
}
