import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { withDisplayOptions } from '../../../CallHub/shared/displayOptions';
import { ID_PATTERN } from '../../../CallHub/shared/ids';
import type { Prepare } from '../../../CallHub/shared/operation';
import { route } from '../../route';
import { campaignField } from '../fields';

/** `answers` as a list of {section, answer}; the subscriber only when given (else CallHub takes the one on the call). */
const sendAnswers: Prepare = async function (request) {
	const entries = (this.getNodeParameter('answers', {}) as { answer?: IDataObject[] }).answer ?? [];
	const answers = entries
		.map((entry) => ({ section: String(entry.section ?? '').trim(), answer: String(entry.answer ?? '') }))
		.filter((entry) => entry.section !== '');
	if (answers.length === 0) {
		throw new NodeOperationError(this.getNode(), 'No answer to submit', {
			description: "Add at least one answer under 'Answers', with its question.",
			itemIndex: this.getItemIndex(),
		});
	}
	const subscriber = String(this.getNodeParameter('subscriber', '') ?? '').trim();
	if (subscriber !== '' && !ID_PATTERN.test(subscriber)) {
		throw new NodeOperationError(this.getNode(), `The Subscriber ID parameter "${subscriber.slice(0, 80)}" is not a valid CallHub ID`, {
			description: 'Use the current_subscriber of Agent → Get Status, or leave it empty for the subscriber the agent is on a call with.',
			itemIndex: this.getItemIndex(),
		});
	}
	return { ...request, body: { ...(subscriber ? { subscriber } : {}), answers } };
};

export const option: INodePropertyOptions = {
	name: 'Submit Answers',
	value: 'submitAnswers',
	action: 'Submit survey answers',
	description: "Save the answers to the campaign script's survey questions for the subscriber called",
	routing: route({ method: 'POST', url: '/v2/script-answers/{campaign}/' }, { prepare: [sendAnswers] }),
};

export const fields: INodeProperties[] = withDisplayOptions({ show: { resource: ['script'], operation: ['submitAnswers'] } }, [
	campaignField('The campaign whose script the answers belong to'),
	{
		displayName: 'Subscriber ID',
		name: 'subscriber',
		type: 'string',
		default: '',
		placeholder: 'e.g. 3966566468442653936',
		description: 'The contact who answered (current_subscriber of Agent → Get Status). Leave empty for the subscriber the agent is on a call with.',
	},
	{
		displayName: 'Answers',
		name: 'answers',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Answer',
		default: {},
		options: [
			{
				displayName: 'Answer',
				name: 'answer',
				values: [
					{
						displayName: 'Question Name or ID',
						name: 'section',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getScriptQuestions', loadOptionsDependsOn: ['campaign'] },
						default: '',
						description:
							'A survey question of the script (its section ID in Script → Get Sections). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Answer',
						name: 'answer',
						type: 'string',
						default: '',
						description: 'The answer: one of the choices of a multiple-choice question, or free text',
					},
				],
			},
		],
	},
]);
