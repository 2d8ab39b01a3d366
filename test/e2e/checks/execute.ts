import { expect } from 'expect';

import type { Emulator } from '../../emulator/server';
import type { N8nInstance } from '../../n8n/n8n';
import { executeWorkflow, nodeOutput, tail } from '../../n8n/n8n';
import { packageJson } from '../../n8n/package';
import type { ExampleWorkflow } from '../../n8n/setup';
import type { ExecuteScenario } from '../scenario';
import { requestLine } from '../scenario';
import { callsWithoutSignIn, expectCredentialHeaders } from './credentials';

/**
 * Runs an example workflow with `n8n execute --id` against a freshly seeded emulator and compares its
 * node outputs and the requests CallHub received with the scenario.
 */
export async function runExecuteScenario(
	instance: N8nInstance,
	emulator: Emulator,
	workflow: ExampleWorkflow,
	scenario: ExecuteScenario,
): Promise<void> {
	const ours = workflow.nodes.filter((node) => node.type.startsWith(`${packageJson().name}.`)).map((node) => node.name);
	expect({ nodesWithExpectedOutput: Object.keys(scenario.outputs).sort() }).toEqual({ nodesWithExpectedOutput: ours.sort() });

	emulator.reset();
	const result = await executeWorkflow(instance, workflow.id);
	if (result.code !== 0 || result.run?.status !== 'success') {
		const error = result.run?.data?.resultData?.error;
		const ended = result.signal ? `was stopped by ${result.signal}` : `exited ${result.code}`;
		// n8n's stack traces say nothing about the package; the messages around them do.
		const output = result.output
			.split('\n')
			.filter((line) => !/^\s+at /.test(line))
			.join('\n');
		throw new Error(
			`n8n execute --id=${workflow.id} ${ended} (status ${result.run?.status ?? 'unknown'})` +
				(error ? `: ${error.message ?? ''} ${error.description ?? ''}` : '') +
				`\n${tail(output, 25)}`,
		);
	}

	for (const [node, items] of Object.entries(scenario.outputs)) {
		expect({ node, items: nodeOutput(result.run, node) }).toMatchObject({ node, items });
	}
	const requests = callsWithoutSignIn(emulator, instance.install.release.noStatusExcept);
	expect(requests.map(requestLine)).toEqual(scenario.requests);
	expectCredentialHeaders(emulator, requests);
	scenario.state?.(emulator);
}
