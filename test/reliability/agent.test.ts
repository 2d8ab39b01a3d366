import { agentCredentialCases, agentInputCases, agentServerCases } from './agentCases';
import { runCatalog } from './runCatalog';

describe('reliability catalog: CallHub Agent input', () => runCatalog('input', agentInputCases));
describe('reliability catalog: CallHub Agent API credential', () => runCatalog('credential', agentCredentialCases));
describe('reliability catalog: CallHub Agent server', () => runCatalog('server', agentServerCases));
