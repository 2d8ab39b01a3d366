import type { Router } from '../http';
import { badRequest, bodyObject, created, noContent, notFound, ok } from '../http';
import { paginate } from '../pagination';
import { demoSeeds } from '../seed';
import type { AccountState, Json } from '../state';

/**
 * Survey templates at `/v1/templates/` (GET, POST `{label, questions}`, GET/PATCH/DELETE `{id}/`),
 * CRM questions at `/v1/questions/?type=`, integration fields at `/v1/integration_fields/`, as
 * CallHub's MCP server calls them (callhub/callhub-mcp src/callhub/survey_templates.py, questions.py,
 * integration_fields.py).
 */
export interface SurveyTemplate extends Json {
	id: string;
	label: string;
	questions: Json[];
}

export function surveyTemplates(state: AccountState) {
	return state.collection<SurveyTemplate>('surveyTemplates');
}

export function createSurveyTemplate(state: AccountState, label: string, questions: Json[] = []): SurveyTemplate {
	const template: SurveyTemplate = { id: state.newId(), label, questions };
	surveyTemplates(state).set(template.id, template);
	return template;
}

function present(origin: string, template: SurveyTemplate): Json {
	return { url: `${origin}/v1/templates/${template.id}/`, id: template.id, pk_str: template.id, label: template.label, questions: template.questions };
}

function questionsOf(value: unknown): Json[] {
	if (!Array.isArray(value)) badRequest({ questions: ['Expected a list of items.'] });
	const list = value as unknown[];
	list.forEach((question, index) => {
		const entry = (question ?? {}) as Json;
		if (typeof entry !== 'object' || entry.type === undefined) badRequest({ questions: [`Question ${index + 1}: "type" is required.`] });
	});
	return list as Json[];
}

export function registerSurveyTemplates(router: Router): void {
	const find = (state: AccountState, id: string) => surveyTemplates(state).get(id) ?? notFound();
	router.get('/v1/templates/', (req) => paginate(req, [...surveyTemplates(req.state).values()].map((template) => present(req.origin, template))));
	router.post('/v1/templates/', (req) => {
		const body = bodyObject(req);
		const label = typeof body.label === 'string' ? body.label.trim() : '';
		if (label === '') badRequest({ label: ['This field is required.'] });
		return created(present(req.origin, createSurveyTemplate(req.state, label, questionsOf(body.questions ?? []))));
	});
	router.get('/v1/templates/:id/', (req) => ok(present(req.origin, find(req.state, req.params.id))));
	router.patch('/v1/templates/:id/', (req) => {
		const template = find(req.state, req.params.id);
		const body = bodyObject(req);
		if (body.label !== undefined) {
			const label = String(body.label).trim();
			if (label === '') badRequest({ label: ['This field may not be blank.'] });
			template.label = label;
		}
		if (body.questions !== undefined) template.questions = questionsOf(body.questions);
		return ok(present(req.origin, template));
	});
	router.delete('/v1/templates/:id/', (req) => {
		surveyTemplates(req.state).delete(find(req.state, req.params.id).id);
		return noContent();
	});
	router.get('/v1/questions/', (req) => {
		const type = req.query.get('type');
		const questions = req.state.collection<Json & { id: string; type: string }>('crmQuestions');
		return paginate(req, [...questions.values()].filter((question) => !type || question.type === type));
	});
	router.get('/v1/integration_fields/', (req) => paginate(req, [...req.state.collection<Json & { id: string }>('integrationFields').values()]));
}

demoSeeds.push((state) => {
	createSurveyTemplate(state, 'Early vote survey', [
		{ type: 12, script_text: 'Hi {first_name}, this is {agent_name} with the campaign.' },
		{ type: 1, question: 'Will you vote early?', choices: [{ answer: 'Yes' }, { answer: 'No' }] },
	]);
	const questions = state.collection<Json & { id: string; type: string }>('crmQuestions');
	questions.set('101', { id: '101', type: 'VAN_QUESTION', name: 'Support level', responses: ['1', '2', '3', '4', '5'] });
	questions.set('202', { id: '202', type: 'PDI_QUESTION', name: 'Volunteer interest', responses: ['Yes', 'No'] });
	const fields = state.collection<Json & { id: string }>('integrationFields');
	fields.set('11', { id: '11', name: 'nationbuilder_tags', integration: 'NationBuilder' });
	fields.set('12', { id: '12', name: 'van_id', integration: 'VAN' });
});
