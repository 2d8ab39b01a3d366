import { inputCases } from './cases';
import { runCatalog } from './runCatalog';

describe('reliability catalog: input', () => runCatalog('input', inputCases));
