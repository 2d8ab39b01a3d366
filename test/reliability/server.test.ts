import { serverCases } from './cases';
import { runCatalog } from './runCatalog';

describe('reliability catalog: server', () => runCatalog('server', serverCases));
