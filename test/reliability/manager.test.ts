import { quick } from './catalog';
import { managerInputCases, managerServerCases } from './managerCases';
import { runCatalog } from './runCatalog';

describe('reliability catalog: DNC, campaign, team and agent input', () => runCatalog('input', quick(managerInputCases)));
describe('reliability catalog: DNC, campaign, team and agent server', () => runCatalog('server', quick(managerServerCases)));
