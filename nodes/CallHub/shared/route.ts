import { routeFor } from './operation';

/** Routing for the CallHub node's operations, authenticated with the CallHub API credential. */
export const route = routeFor({ credentialType: 'callHubApi' });
