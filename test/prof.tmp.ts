import { startEmulator } from '/work/main/test/emulator/server';
import { runNode } from '/work/main/test/harness/runNode';
async function main() {
	const emulator = await startEmulator({ rates: { general: 'off', search: 'off', bulk: 'off' } });
	const input = Array.from({ length: 500 }, (_, index) => ({ phone: `1303555${String(index).padStart(4, '0')}` }));
	const credentials = { callHubApi: { apiKey: emulator.apiKey, baseUrl: emulator.url } };
	await runNode({ credentials, parameters: { resource: 'tag', operation: 'getAll', returnAll: true }, input: [{}] });
	const t0 = Date.now();
	const result = await runNode({ credentials, parameters: { resource: 'contact', operation: 'create', contact: '={{ $json.phone }}', simplify: false }, input });
	console.log('total', Date.now() - t0, 'first request after', emulator.log[1].time - t0, result.items.length);
	await emulator.close();
}
void main();
