import { agentCredentialCases, agentInputCases, agentServerCases } from './agentCases';
import { quick } from './catalog';
import { runCatalog } from './runCatalog';

describe('reliability catalog: CallHub Agent input', () => runCatalog('input', quick(agentInputCases)));
describe('reliability catalog: CallHub Agent API credential', () => runCatalog('credential', quick(agentCredentialCases)));
describe('reliability catalog: CallHub Agent server', () => runCatalog('server', quick(agentServerCases)));
