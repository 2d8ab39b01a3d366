import { runTriggerCatalog } from './runTriggerCatalog';
import { triggerCases } from './triggerCases';

describe('reliability catalog: CallHub Trigger webhook calls', () => runTriggerCatalog(triggerCases));
