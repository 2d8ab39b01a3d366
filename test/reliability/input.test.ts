import { inputCases } from './cases';
import { quick } from './catalog';
import { runCatalog } from './runCatalog';

describe('reliability catalog: input', () => runCatalog('input', quick(inputCases)));
