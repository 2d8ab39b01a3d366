import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';

/**
 * The emulator in a process of its own, so that its work (serializing 50,000 contacts, throttling)
 * is not measured as the node's, as it would not be against CallHub.
 */
export class EmulatorProcess {
	url = '';
	/** The key of the scenario under way: each reset makes a new one (see reset). */
	apiKey = 'bench-key-0123456789abcdef';
	private readonly firstKey = this.apiKey;
	private resets = 0;
	private child?: ChildProcess;

	async start(): Promise<this> {
		const cli = join(__dirname, '..', 'emulator', 'cli.ts');
		const tsx = require.resolve('tsx/cli');
		this.child = spawn(process.execPath, [tsx, cli, '--port', '0', '--key', this.firstKey, '--rates', 'off', '--seed', 'none'], {
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		this.url = await new Promise<string>((resolve, reject) => {
			let output = '';
			this.child?.stdout?.on('data', (chunk: Buffer) => {
				output += chunk.toString();
				const match = /API Domain: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
				if (match) resolve(match[1]);
			});
			this.child?.on('exit', (code) => reject(new Error(`emulator exited (${code}): ${output}`)));
		});
		return this;
	}

	async stop(): Promise<void> {
		if (!this.child || this.child.exitCode !== null) return;
		const exited = new Promise((resolve) => this.child?.once('exit', resolve));
		this.child.kill('SIGTERM');
		await exited;
	}

	/**
	 * A control call on a connection of its own: a pooled keep-alive connection can be closed by the
	 * emulator (after 5 s idle) just as a busy benchmark process reuses it ("fetch failed").
	 */
	async control<T = Record<string, unknown>>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
		const payload = body === undefined ? undefined : JSON.stringify(body);
		const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
			const req = request(`${this.url}/__emulator/${path}`, { method, agent: false, headers: { 'Content-Type': 'application/json' } }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
				res.on('error', reject);
			});
			req.on('error', reject);
			req.end(payload);
		});
		if (status < 200 || status >= 300) throw new Error(`emulator ${method} ${path}: ${status} ${text}`);
		return JSON.parse(text) as T;
	}

	/**
	 * A fresh account state and rates, and a new API key of it: the node remembers the pace CallHub
	 * allowed each account and key for a minute, which must not carry from one scenario to the next.
	 */
	async reset(rates: { general?: string; search?: string; bulk?: string } = {}): Promise<void> {
		await this.control('POST', 'reset');
		this.apiKey = `${this.firstKey}-${++this.resets}`;
		await this.control('POST', 'keys', { key: this.apiKey });
		await this.control('POST', 'rates', { general: 'off', search: 'off', bulk: 'off', ...rates });
	}

	async stats(): Promise<{ requests: number; byRoute: Record<string, number>; statuses: Record<string, number>; bytesSent: number; contacts: number }> {
		return await this.control('GET', 'stats');
	}

	async clearLog(): Promise<void> {
		await this.control('POST', 'log/clear');
	}

	get credentials() {
		return { callHubApi: { apiKey: this.apiKey, baseUrl: this.url } };
	}
}
