import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { Alert, instead } from "../app/ui";
import { api } from "../lib/api/client";
import type { AuthConfig } from "../lib/api/types";
import { useAuthStore } from "./authStore";
import { signOut } from "./signOut";

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Shows the sign-in screen until there is a user, then the app. */
export function SignInGate({ children }: { children: ReactNode }) {
  const user = useAuthStore((s) => s.user);
  if (user !== null) return <>{children}</>;
  return <SignIn />;
}

function SignIn() {
  const config = useQuery({ queryKey: ["auth-config"], queryFn: api.authConfig, retry: 0 });
  const renewFailed = useAuthStore((s) => s.renewFailed);
  return (
    <main className="page signin">
      <h1>Code Remote</h1>
      <p className="tagline">Write Python together, run it, and see its Big-O.</p>
      {renewFailed && (
        <p className="notice" role="status" data-testid="renew-failed">
          Your sign-in could not be renewed. Sign in again: what you typed in open rooms is kept
          and merged once you are back.
        </p>
      )}
      {config.isPending && <p>Loading sign-in…</p>}
      {config.isError && (
        <>
          <p className="error" role="alert" data-testid="auth-error">
            Sign-in is unavailable: {errorText(config.error)}. You can continue as a guest; rooms
            that require an account will refuse the connection.
          </p>
          <GuestForm />
        </>
      )}
      {config.data?.mode === "dev" && <DevSignIn allowGuest={config.data.anonymous !== false} />}
      {config.data?.mode === "cognito" && config.data.cognito && (
        <CognitoSignIn settings={config.data.cognito} />
      )}
    </main>
  );
}

function NameField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <label>
      Display name
      <input
        name="display-name"
        autoFocus
        required
        maxLength={32}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

/** A guest has a name for presence but no token; the server decides what it may do. */
function guestUser(name: string) {
  return { id: `guest-${crypto.randomUUID()}`, name };
}

function DevSignIn({ allowGuest }: { allowGuest: boolean }) {
  const signIn = useAuthStore((s) => s.signIn);
  const [name, setName] = useState(() => useAuthStore.getState().lastName ?? "");
  const login = useMutation({
    mutationFn: (n: string) => api.devLogin(n),
    onSuccess: (res) => signIn(res.token, res.user, "dev"),
  });
  const submit = instead(() => name.trim() && login.mutate(name.trim()));
  return (
    <form onSubmit={submit} className="card" data-testid="dev-signin">
      <p>Development sign-in: pick the name others will see.</p>
      <NameField value={name} onChange={setName} />
      <button type="submit" disabled={login.isPending}>
        Continue
      </button>
      {allowGuest && (
        <button
          type="button"
          className="link"
          data-testid="guest-button"
          onClick={() => name.trim() && signIn(null, guestUser(name.trim()), "guest")}
        >
          Continue as a guest (open rooms only)
        </button>
      )}
      <Alert>{login.isError && `Sign-in failed: ${errorText(login.error)}`}</Alert>
    </form>
  );
}

function GuestForm() {
  const signIn = useAuthStore((s) => s.signIn);
  const signInGuest = (n: string) => signIn(null, guestUser(n), "guest");
  const [name, setName] = useState("");
  return (
    <form
      className="card"
      data-testid="guest-signin"
      onSubmit={instead(() => name.trim() && signInGuest(name.trim()))}
    >
      <NameField value={name} onChange={setName} />
      <button type="submit">Continue as guest</button>
    </form>
  );
}

function CognitoSignIn({ settings }: { settings: NonNullable<AuthConfig["cognito"]> }) {
  const signIn = useAuthStore((s) => s.signIn);
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const login = useMutation({
    mutationFn: async () => {
      const { cognitoSignIn } = await import("./cognito");
      return cognitoSignIn(settings, username, password);
    },
    onSuccess: (res) => signIn(res.token, res.user, "cognito"),
  });
  return (
    <form className="card" data-testid="cognito-signin" onSubmit={instead(() => login.mutate())}>
      <label>
        Email
        <input
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </label>
      <label>
        Password
        <input
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <button type="submit" disabled={login.isPending}>
        Sign in
      </button>
      <Alert>{login.isError && `Sign-in failed: ${errorText(login.error)}`}</Alert>
    </form>
  );
}

/** "Signed in as … / Sign out" for page headers. */
export function UserBadge() {
  const user = useAuthStore((s) => s.user);
  const token = useAuthStore((s) => s.token);
  if (user === null) return null;
  return (
    <span className="user-badge" data-testid="user-badge" data-user-id={user.id}>
      {user.name}
      {token === null && " (guest)"}
      <button type="button" className="link" onClick={signOut}>
        Sign out
      </button>
    </span>
  );
}
