/*
 * n8n's REST API as the editor uses it (cookie session), and its public API (API key).
 */

export interface Owner {
	email: string;
	password: string;
	firstName: string;
	lastName: string;
}

/** The local owner login of the dev instance and the e2e instances (both only listen on 127.0.0.1). */
export const LOCAL_OWNER: Owner = {
	email: 'owner@callhub.example',
	password: 'CallHubSandbox1',
	firstName: 'Sandbox',
	lastName: 'Owner',
};

export interface Session {
	url: string;
	cookie: string;
}

/** Sets up the owner on a new instance, or logs in when it already has one. */
export async function ownerSession(url: string, owner: Owner = LOCAL_OWNER): Promise<Session> {
	const setup = await fetch(`${url}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(owner),
	});
	if (setup.ok) return { url, cookie: authCookie(setup) };
	const login = await fetch(`${url}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: owner.email, email: owner.email, password: owner.password }),
	});
	if (!login.ok) {
		throw new Error(`n8n owner setup (${setup.status}) and login (${login.status}) failed: ${await login.text()}`);
	}
	return { url, cookie: authCookie(login) };
}

function authCookie(response: Response): string {
	const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
	const auth = cookies.find((cookie) => cookie.startsWith('n8n-auth='));
	if (!auth) throw new Error('n8n answered the login without an n8n-auth cookie');
	return auth;
}

export async function rest<T>(session: Session, method: string, path: string, body?: unknown): Promise<T> {
	const response = await fetch(`${session.url}${path}`, {
		method,
		headers: { cookie: session.cookie, 'content-type': 'application/json', 'browser-id': 'n8n-nodes-callhub' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
	return (text ? JSON.parse(text) : undefined) as T;
}

/** A public-API key with every scope the owner may grant. */
export async function apiKey(session: Session, label = 'n8n-nodes-callhub'): Promise<string> {
	const scopes = (await rest<{ data: string[] }>(session, 'GET', '/rest/api-keys/scopes')).data;
	const created = await rest<{ data: { rawApiKey: string } }>(session, 'POST', '/rest/api-keys', {
		label: `${label}-${Date.now()}`,
		scopes,
		expiresAt: null,
	});
	return created.data.rawApiKey;
}

export async function publicApi<T>(url: string, key: string, method: string, path: string, body?: unknown): Promise<T> {
	const response = await fetch(`${url}/api/v1${path}`, {
		method,
		headers: { 'X-N8N-API-KEY': key, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`${method} /api/v1${path} answered ${response.status}: ${text.slice(0, 500)}`);
	return (text ? JSON.parse(text) : undefined) as T;
}
