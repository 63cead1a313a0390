import type { AuthConfig, User } from "../lib/api/types";

/** The pool settings, plus an optional endpoint for a Cognito-compatible stand-in. */
type CognitoSettings = NonNullable<AuthConfig["cognito"]> & { endpoint?: string | null };

/**
 * Cognito sign-in through AWS Amplify. Amplify is imported lazily so it lands in its own
 * chunk that is fetched only when the server says mode "cognito".
 */
export async function configureCognito(settings: CognitoSettings): Promise<void> {
  const { Amplify } = await import("aws-amplify");
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: settings.userPoolId,
        userPoolClientId: settings.clientId,
        ...(settings.endpoint ? { userPoolEndpoint: settings.endpoint } : {}),
      },
    },
  });
}

/**
 * Signs in with username/password. Returns the access token (the server accepts Cognito
 * access tokens by default) and the user named from the ID token's claims.
 */
export async function cognitoSignIn(
  settings: CognitoSettings,
  username: string,
  password: string,
): Promise<{ token: string; user: User }> {
  await configureCognito(settings);
  const auth = await import("aws-amplify/auth");
  let result: Awaited<ReturnType<typeof auth.signIn>>;
  try {
    result = await auth.signIn({ username, password });
  } catch (err) {
    // Amplify still holds an earlier session in this browser (a sign-out that could not
    // reach Cognito, or one made before sign-out ended it): end it and sign in as asked.
    if (!(err instanceof Error) || err.name !== "UserAlreadyAuthenticatedException") throw err;
    await auth.signOut();
    result = await auth.signIn({ username, password });
  }
  if (!result.isSignedIn) {
    throw new Error(`sign-in needs another step: ${result.nextStep.signInStep}`);
  }
  const session = await auth.fetchAuthSession();
  const accessToken = session.tokens?.accessToken;
  if (accessToken === undefined) throw new Error("Cognito returned no access token");
  const claims = session.tokens?.idToken?.payload ?? accessToken.payload;
  const name =
    (typeof claims["name"] === "string" && claims["name"]) ||
    (typeof claims["email"] === "string" && claims["email"]) ||
    username;
  const id = typeof claims["sub"] === "string" ? claims["sub"] : username;
  return { token: accessToken.toString(), user: { id, name } };
}

/** Ends Amplify's Cognito session: revokes its refresh token and drops its stored tokens. */
export async function cognitoSignOut(settings: CognitoSettings): Promise<void> {
  await configureCognito(settings);
  const auth = await import("aws-amplify/auth");
  await auth.signOut();
}

/** A fresh access token from Amplify's stored Cognito session (its refresh token). */
export async function cognitoRefresh(settings: CognitoSettings): Promise<string> {
  await configureCognito(settings);
  const auth = await import("aws-amplify/auth");
  const session = await auth.fetchAuthSession({ forceRefresh: true });
  const accessToken = session.tokens?.accessToken;
  if (accessToken === undefined) throw new Error("Cognito returned no access token");
  return accessToken.toString();
}
