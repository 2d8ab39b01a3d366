import { quick } from './catalog';
import { runCatalog } from './runCatalog';
import { suppressionInputCases, suppressionServerCases } from './suppressionCases';

describe('reliability catalog: suppression list input', () => runCatalog('input', quick(suppressionInputCases)));
describe('reliability catalog: suppression list server', () => runCatalog('server', quick(suppressionServerCases)));
