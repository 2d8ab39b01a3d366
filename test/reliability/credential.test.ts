import { credentialCases } from './cases';
import { runCatalog } from './runCatalog';

describe('reliability catalog: credential', () => runCatalog('credential', credentialCases));
