// Sign-in through Keycloak: authorization code with PKCE (S256), tokens kept in this tab's sessionStorage and refreshed
// before they expire. A session that can no longer be refreshed ends, and the console returns to its sign-in page.

const SESSION = 'tandem.session';
const PENDING = 'tandem.pending-login';
const REFRESH_MARGIN_MS = 30_000;

let settings;
let refreshTimer;
let onExpired = () => {};

function endpoint(path) {
  return `${settings.keycloakUrl}/realms/${encodeURIComponent(settings.realm)}/protocol/openid-connect/${path}`;
}

function redirectUri() {
  return `${location.origin}${location.pathname}`;
}

function randomText(bytes) {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function claims(token) {
  const payload = token.split('.')[1].replaceAll('-', '+').replaceAll('_', '/');
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), c => c.charCodeAt(0))));
}

/** Sends the browser to Keycloak's sign-in page; it comes back to this page with a code. */
export async function signIn() {
  const verifier = randomText(48);
  const state = randomText(16);
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PENDING, JSON.stringify({verifier, state, returnTo: location.hash || '#/portfolio'}));
  const query = new URLSearchParams({
    client_id: settings.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: 'openid',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  location.assign(`${endpoint('auth')}?${query}`);
}

export function signOut() {
  const session = read();
  end();
  const query = new URLSearchParams({client_id: settings.clientId, post_logout_redirect_uri: redirectUri()});
  if (session?.idToken) query.set('id_token_hint', session.idToken);
  location.assign(`${endpoint('logout')}?${query}`);
}

/**
 * Starts the session: finishes a sign-in Keycloak just sent back, or resumes the tab's session (refreshing it if its
 * access token expired meanwhile). Returns {user}, with user null when nobody is signed in and expired true when a
 * session ended because Keycloak would not renew it.
 */
export async function start(config, whenExpired) {
  settings = config;
  onExpired = whenExpired;
  const query = new URLSearchParams(location.search);
  if (query.has('code') || query.has('error')) {
    return {user: await finishSignIn(query), expired: false};
  }
  const session = read();
  if (!session) return {user: null, expired: false};
  if (Date.now() >= session.expiresAt - REFRESH_MARGIN_MS && !(await refresh())) {
    return {user: null, expired: true};
  }
  schedule();
  return {user: user(), expired: false};
}

async function finishSignIn(query) {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null');
  sessionStorage.removeItem(PENDING);
  // The code is single-use: take it out of the address bar and the history at once.
  history.replaceState(null, '', redirectUri() + (pending?.returnTo ?? '#/portfolio'));
  if (!pending || query.get('state') !== pending.state || !query.has('code')) return null;
  const answer = await tokenRequest({
    grant_type: 'authorization_code',
    code: query.get('code'),
    redirect_uri: redirectUri(),
    code_verifier: pending.verifier,
  });
  if (!answer) return null;
  schedule();
  return user();
}

async function tokenRequest(parameters) {
  let response;
  try {
    response = await fetch(endpoint('token'), {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams({client_id: settings.clientId, ...parameters}),
    });
  } catch {
    return null;
  }
  if (!response.ok) return null;
  const tokens = await response.json();
  const now = Date.now();
  const session = {
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    idToken: tokens.id_token ?? read()?.idToken,
    expiresAt: now + tokens.expires_in * 1000,
    refreshExpiresAt: tokens.refresh_expires_in ? now + tokens.refresh_expires_in * 1000 : null,
  };
  sessionStorage.setItem(SESSION, JSON.stringify(session));
  return session;
}

/** Trades the refresh token for new tokens; false (and the session ended) when Keycloak refuses. */
async function refresh() {
  const session = read();
  if (!session?.refreshToken) return false;
  const renewed = await tokenRequest({grant_type: 'refresh_token', refresh_token: session.refreshToken});
  if (!renewed) {
    end();
    return false;
  }
  return true;
}

function schedule() {
  clearTimeout(refreshTimer);
  const session = read();
  if (!session) return;
  const delay = Math.max(0, session.expiresAt - REFRESH_MARGIN_MS - Date.now());
  refreshTimer = setTimeout(async () => {
    if (await refresh()) schedule();
    else onExpired();
  }, delay);
}

function read() {
  return JSON.parse(sessionStorage.getItem(SESSION) ?? 'null');
}

function end() {
  clearTimeout(refreshTimer);
  sessionStorage.removeItem(SESSION);
}

/** A fresh access token for a call, or null when the session has ended (the console then shows sign-in). */
export async function accessToken() {
  const session = read();
  if (!session) return null;
  if (Date.now() >= session.expiresAt - 5_000 && !(await refresh())) return null;
  return read().accessToken;
}

/** The gateway refused the token: the session is over. */
export function expired() {
  end();
  onExpired();
}

function user() {
  const token = claims(read().accessToken);
  const roles = token.realm_access?.roles ?? [];
  return {
    id: token.sub,
    name: token.name ?? token.preferred_username,
    username: token.preferred_username,
    roles,
    isAdmin: roles.includes('cs-admin'),
    canWrite: roles.includes('cs-admin') || roles.includes('csm'),
  };
}
