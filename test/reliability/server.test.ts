import { quick } from './catalog';
import { serverCases } from './cases';
import { runCatalog } from './runCatalog';

describe('reliability catalog: server', () => runCatalog('server', quick(serverCases)));
