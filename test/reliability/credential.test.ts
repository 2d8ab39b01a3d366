import { credentialCases } from './cases';
import { quick } from './catalog';
import { runCatalog } from './runCatalog';

describe('reliability catalog: credential', () => runCatalog('credential', quick(credentialCases)));
