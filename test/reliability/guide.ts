/**
 * The README's "Errors you may see": the common messages, what they mean and what to do. Each entry
 * names the catalog cases that produce it, and a test checks that each of those cases' expected
 * message matches one of the entry's examples, so the guide changes when the nodes' messages do.
 */
export type GuideGroup = 'credential' | 'input' | 'server' | 'trigger';

export interface GuideEntry {
	group: GuideGroup;
	/** The message as the README shows it (« » marks the parts that vary). */
	message: string;
	/** Messages the cases produce, when `message` has parts that vary (default: `message`). */
	examples?: string[];
	/** For the trigger: the HTTP status the caller gets. */
	status?: number;
	means: string;
	todo: string;
	/** Catalog cases (by name; the trigger's table for the trigger) whose message an example must match. */
	cases: string[];
}

export const GROUP_TITLES: Record<GuideGroup, string> = {
	credential: 'Credentials',
	input: 'Parameters and input items',
	server: 'CallHub and the network',
	trigger: 'CallHub Trigger (what the caller of the webhook URL is answered)',
};

export const guide: GuideEntry[] = [
	{
		group: 'credential',
		message: 'CallHub did not accept the API key: Invalid token.',
		means: 'CallHub (401) does not know the key: mistyped, revoked, or of another account.',
		todo: 'Paste the key again from CallHub, Settings → API Key.',
		cases: ['wrong key'],
	},
	{
		group: 'credential',
		message: 'CallHub refused access: You do not have permission to perform this action.',
		means:
			"CallHub (403) knows the credential but refuses it here: the key's account is pinned to a regional domain (the generic api.callhub.io refuses it), the user may not do this, or an agent's token meets an account operation (or the account's key an agent operation).",
		todo: 'Set API Domain to the one CallHub shows next to the key (e.g. https://api-na1.callhub.io); use the CallHub API credential on the CallHub node and an agent\'s credential on the CallHub Agent node.',
		cases: ['key of another region (403 on the generic domain)', 'CallHub API: an agent token instead of the API key', "Agent API: the account's API key instead of an agent token"],
	},
	{
		group: 'credential',
		message: 'Could not reach CallHub at «API Domain»: the host name could not be found (DNS)',
		examples: ['Could not reach CallHub at https://api-zz9.callhub.invalid: the host name could not be found (DNS)'],
		means: "The API Domain's host does not exist: a typo, or a region that is not the account's.",
		todo: 'Copy the API Domain from CallHub (Settings → API Key).',
		cases: ["DNS failure: the API Domain's host does not exist"],
	},
	{
		group: 'credential',
		message: 'Could not reach CallHub at «API Domain»: the connection was refused',
		examples: ['Could not reach CallHub at http://127.0.0.1:9: the connection was refused'],
		means: 'Nothing answers at that address: a wrong port or scheme, or a proxy or firewall in the way.',
		todo: 'Check the API Domain (https://…) and that this n8n instance can reach it.',
		cases: ['unreachable host'],
	},
	{
		group: 'credential',
		message: 'The API Domain "«value»" in the CallHub credential must start with https://',
		examples: ['The API Domain "ftp://callhub.io" in the CallHub credential must start with https://'],
		means: 'The API Domain is not a web address CallHub can be called at.',
		todo: 'Use the API Domain CallHub shows, e.g. https://api-na1.callhub.io (a trailing slash or /v1/ is fine).',
		cases: ['domain with another scheme'],
	},
	{
		group: 'credential',
		message: "CallHub did not accept the agent's credential: Invalid token.",
		means: "The agent token pasted into the CallHub Agent API credential is wrong or no longer valid.",
		todo: "Paste the token again from the agent's token page, or sign in with the agent's username and password (n8n then renews the token itself).",
		cases: ['Agent API: wrong token'],
	},
	{
		group: 'credential',
		message: 'CallHub did not sign the agent in: Unable to log in with provided credentials.',
		means: "The agent's username or password is wrong, e.g. after Agent → Change Password. The password is never shown.",
		todo: 'Correct the Username and Password in the CallHub Agent API credential.',
		cases: ['Agent API: wrong password', 'Agent API: unknown username', 'Agent API: an expired token and a changed password'],
	},
	{
		group: 'input',
		message: 'The «parameter» parameter "«value»" is not a valid CallHub ID',
		examples: [
			'The Contact parameter "12/../34" is not a valid CallHub ID',
			'The DNC List parameter "1/../2" is not a valid CallHub ID',
			'The Call Center Campaign parameter "12/../34" is not a valid CallHub ID',
		],
		means: 'An ID (often from an expression) is not digits: a path, a query, a URL, a name. It is refused before anything is sent, so it can never reach another endpoint or host.',
		todo: "Pick the record from the list, or map the ID field of the previous node (e.g. `{{ $json.id }}`); a record's CallHub URL works too (By URL).",
		cases: ['id with a slash and ..', 'id with a query string', 'id that is a URL of another host', 'id that reaches another endpoint', 'DNC Add: DNC list id with a slash and ..', 'Call Center Campaign Get: id with a slash and ..'],
	},
	{
		group: 'input',
		message: 'The «parameter» parameter is empty',
		examples: ['The Contact parameter is empty', 'The Conference UUID parameter is empty', 'The Phone Number parameter is empty'],
		means: 'The parameter, usually an expression, gave nothing for this item.',
		todo: "Check that the previous node outputs the field the expression reads (for the CallHub Agent node's conference steps: `conference_uuid`, which each conference step passes on).",
		cases: ['empty id', 'Agent: a conference step after a node that gives no conference_uuid', 'DNC Add: a number missing from the item (expression)'],
	},
	{
		group: 'input',
		message: 'The Conference UUID parameter "«value»" is not a valid conference UUID',
		examples: ['The Conference UUID parameter "../agent-status" is not a valid conference UUID'],
		means: 'A conference or dialer UUID holds characters a UUID does not have; it is refused before anything is sent.',
		todo: 'Use the `conference_uuid` (`dialer_uuid`) that Create answered.',
		cases: ['Agent: Conference Get with a uuid holding ../', 'Agent: Conference Get with a uuid that is a URL of another host'],
	},
	{
		group: 'input',
		message: 'The Phone Number parameter "«value»" is not a valid phone number: «why»',
		examples: [
			'The Phone Number parameter "415-CALL-NOW" is not a valid phone number: it has letters',
			'The Phone Number parameter "+1 415 CALL NOW" is not a valid phone number: it has letters',
			'The Phone Number parameter "555 01" is not a valid phone number: it is too short to be a phone number',
		],
		means: 'With Normalize Phone Numbers on, and always for DNC numbers, a number that cannot be one (letters, too short or long for its country, a calling code no country has) stops the item before CallHub is called.',
		todo: 'Fix the number in the input, or write it with its country code (+14155550123); check Default Country.',
		cases: ['Normalize Phone Numbers: a number with letters', 'DNC Add: a number with letters', 'DNC Add: a number too short to be one'],
	},
	{
		group: 'input',
		message: 'CallHub rejected the request: «Parameter» («field»): «CallHub\'s message»',
		examples: [
			'CallHub rejected the request: Phone Number (contact): Enter a valid phone number.',
			'CallHub rejected the request: Email (email): Enter a valid email address.',
			'CallHub rejected the request: Phone Number (contact): This field is required.',
		],
		means: "CallHub's own validation (400), with the parameter to change next to each field CallHub named.",
		todo: 'Change that parameter for this item.',
		cases: ['lettered phone number', 'bad email', 'phone number missing from the item (expression)'],
	},
	{
		group: 'input',
		message: 'CallHub already has a contact with this phone number (contact «id»): Contact with this phone number already exists.',
		examples: ['CallHub already has a contact with this phone number (contact 3966566468442653936): Contact with this phone number already exists.'],
		means: 'Contact → Create for a number CallHub has; CallHub keeps numbers unique and changed nothing.',
		todo: 'Use Contact → Create or Update.',
		cases: ['duplicate phone number on create'],
	},
	{
		group: 'input',
		message: 'The custom field "«name»" does not exist in CallHub',
		examples: ['The custom field "Wrad" does not exist in CallHub'],
		means: 'A custom field named in the node is not one of the account\'s (the description lists them).',
		todo: 'Pick the field from the list, or create it first (Custom Field → Create).',
		cases: ['custom field name CallHub does not have'],
	},
	{
		group: 'input',
		message: 'No column of the CSV file in Input Binary Field "«field»" is mapped to the phone number',
		examples: ['No column of the CSV file in Input Binary Field "data" is mapped to the phone number'],
		means: 'Bulk Import found no phone number column: no header named like it, a manual mapping without it, or a file separated by something other than commas, semicolons or tabs.',
		todo: 'Name the column "phone number" or "phone", or map it under Column Mapping; save the file with commas.',
		cases: ['Bulk Import: CSV without a phone number column', 'Bulk Import: a file separated by another character', 'Bulk Import: Column Mapping without the phone number'],
	},
	{
		group: 'input',
		message: 'The CSV file in Input Binary Field "«field»" is empty (or: has a header row but no contacts)',
		examples: ['The CSV file in Input Binary Field "data" has a header row but no contacts'],
		means: 'There is nothing to import: CallHub skips the first row, which holds the column names.',
		todo: 'Check the node that made the file (e.g. Convert to File) received the contacts.',
		cases: ['Bulk Import: header row only'],
	},
	{
		group: 'input',
		message: 'The Input Binary Field "«field»" is not in the input item',
		examples: ['The Input Binary Field "file" is not in the input item', 'The Input Binary Field "data" is not in the input item'],
		means: 'The item has no file under that name (the description lists the binary fields it has).',
		todo: "Set Input Binary Field to the field holding the CSV, or add a 'Convert to File' node before this one.",
		cases: ['Bulk Import: Input Binary Field the item does not have', 'Bulk Import: item without a file'],
	},
	{
		group: 'input',
		message: 'The file in Input Binary Field "«field»" is not a CSV file («type, name»)',
		examples: ['The file in Input Binary Field "data" is not a CSV file (image/png, logo.png)'],
		means: 'The file is an image, a spreadsheet or other binary data.',
		todo: "Make a CSV, e.g. with 'Convert to File' (Convert to CSV); an Excel file can be read with 'Extract from File' first.",
		cases: ['Bulk Import: an image instead of a CSV file'],
	},
	{
		group: 'input',
		message: 'Row «n» of the CSV file in Input Binary Field "«field»" has the phone number "«value»" in scientific notation',
		examples: ['Row 2 of the CSV file in Input Binary Field "data" has the phone number "4.47911E+11" in scientific notation'],
		means: 'A spreadsheet stored the numbers as numbers and lost their last digits.',
		todo: 'Make the phone column text before the file is made.',
		cases: ['Bulk Import: phone numbers in scientific notation'],
	},
	{
		group: 'input',
		message: 'The Column Mapping parameter names the contact field "«name»", which CallHub does not have',
		examples: ['The Column Mapping parameter names the contact field "Wrad", which CallHub does not have'],
		means: 'A manual mapping names a field the account does not have (the description lists them).',
		todo: 'Pick the field from the list in Column Mapping.',
		cases: ['Bulk Import: Column Mapping names a field CallHub does not have'],
	},
	{
		group: 'server',
		message: 'CallHub could not find «thing» «id»: Not found.',
		examples: ['CallHub could not find Call Center Campaign 123: Not found.', 'CallHub could not find Contact 123: Not found.', 'CallHub could not find Team 123: Not found.'],
		means: 'CallHub (404) has no such record, or it belongs to another account than the credential\'s. The description names the parameter.',
		todo: 'Check that parameter; the record may have been deleted.',
		cases: ['404 unknown contact', 'Call Center Campaign Get: 404 names the parameter', 'Team Get Agents: 404 names the parameter'],
	},
	{
		group: 'server',
		message: "CallHub did not add «number» to suppression list «id»: «CallHub's reason»",
		examples: ['CallHub did not add 12-0 to suppression list 3966566468442650002: phone_number: Enter a valid phone number.'],
		means: "Suppression List → Add Contacts sends 10 numbers a call; CallHub's answer (207, multi-status) refused this item's number. Only this item fails (with On Error → Continue); the others are added.",
		todo: 'Fix the Phone Number (or Mobile Number) of this item, with its country code (e.g. +14155550123), and run it again.',
		cases: ['Suppression List: CallHub refuses a number in its 207 answer'],
	},
	{
		group: 'server',
		message: "CallHub's rate limit is still in effect: Request was throttled. Expected available in «n» seconds.",
		examples: [
			"CallHub's rate limit is still in effect: Request was throttled. Expected available in 60 seconds.",
			"CallHub's rate limit is still in effect: Request was throttled. Expected available in 86400 seconds.",
		],
		means: 'CallHub asked to wait longer than allowed (120 s; Bulk Import: Max Wait for Rate Limit). Shorter waits are waited out and logged.',
		todo: "Send fewer items per run, use 'Batching' under Request Options, or raise Max Wait (Bulk Import: CallHub takes one import a minute).",
		cases: ['429 for longer than allowed fails clearly', 'Bulk Import: 429 asking for longer than Max Wait fails at once'],
	},
	{
		group: 'server',
		message: 'CallHub failed to process the request (HTTP «5xx»): «CallHub\'s message»',
		examples: ['CallHub failed to process the request (HTTP 503): Service unavailable.', 'CallHub failed to process the request (HTTP 503): Service temporarily unavailable.'],
		means: 'CallHub had trouble. Reads were retried (3 times); writes are never repeated, since CallHub may have carried them out, so no contact is created or called twice.',
		todo: 'After a write, check in CallHub whether it happened before running the item again; otherwise try again later.',
		cases: ['503 on a read that persists fails after a bounded number of retries', '503 on a delete is not repeated', 'DNC Add: a server error is not repeated', 'Agent: Call Next Subscriber is not repeated after a server error (nobody is called twice)'],
	},
	{
		group: 'server',
		message: 'CallHub answered HTTP «status» with a web page instead of data («page title»)',
		examples: ['CallHub answered HTTP 502 with a web page instead of data ("502 Bad Gateway")'],
		means: 'An error page from CallHub\'s servers or a proxy, not CallHub\'s API. With status 200, the API Domain points at a website.',
		todo: 'Try again later; if it persists, check the API Domain.',
		cases: ['HTML error page'],
	},
	{
		group: 'server',
		message: 'Could not reach CallHub at «API Domain»: the connection was reset (or: the request timed out)',
		examples: ['Could not reach CallHub at http://127.0.0.1:4010: the connection was reset'],
		means: 'The connection broke off. Reads were retried; a write is not repeated.',
		todo: 'Try again; if it keeps happening, check the network between n8n and CallHub.',
		cases: ['connection reset on a write is not repeated', 'Agent: Dialer Call Contact is not repeated after a dropped connection'],
	},
	{
		group: 'server',
		message: 'CallHub refused the file from Input Binary Field (contacts_csv) as too large («size» sent)',
		examples: [
			'CallHub refused the file from Input Binary Field (contacts_csv) as too large (50.0 MB sent): 413 Request Entity Too Large',
			'CallHub refused the file from Input Binary Field (contacts_csv) as too large (1 KB sent): 413 Request Entity Too Large',
		],
		means: 'CallHub (or its proxy) does not take a file this big. Its limit is not published, so the node does not guess one.',
		todo: "Split the contacts into smaller files (e.g. 'Loop Over Items' before 'Convert to File'); CallHub takes one import a minute and the node waits for it.",
		cases: ['Bulk Import: a 50 MB CSV file is refused by CallHub as too large', 'Bulk Import: the proxy refuses the file as too large (413 page)'],
	},
	{
		group: 'server',
		message: 'CallHub rejected the request: over_cps_limit',
		means: "Starting a voice broadcast would exceed the account's calls per minute.",
		todo: 'Pause another broadcast, or lower Calls Per Minute, then start again.',
		cases: ['Voice Broadcast Start: calls per minute used up (over_cps_limit)'],
	},
	{
		group: 'trigger',
		status: 401,
		message: 'Unauthorized',
		means: "The call did not carry the trigger's secret token (`?token=…` in the URL). Nothing runs.",
		todo: "Nothing, if the call was not CallHub's. API events: CallHub calls the URL the trigger registered, token included; should it use an old one, deactivate and activate the workflow. Workflow webhook: the URL in CallHub must end with `?token=` and the Secret Token.",
		cases: ['wrong token', 'missing token', 'token in the body instead of the URL'],
	},
	{
		group: 'trigger',
		status: 422,
		message: 'Failed to parse request body',
		means: 'Answered by n8n itself: the body is labelled JSON but is not valid JSON. Nothing runs.',
		todo: 'Check the request body set up in CallHub\'s Workflow webhook step.',
		cases: ['malformed JSON body'],
	},
	{
		group: 'trigger',
		status: 400,
		message: 'The request body is not valid JSON',
		means: 'The body (sent as text or without a type) is not JSON. JSON is read whatever Content-Type says, and form fields are read too.',
		todo: 'Send the event as a JSON object.',
		cases: ['malformed JSON sent as text/plain'],
	},
	{
		group: 'trigger',
		status: 415,
		message: 'Unsupported Content-Type "«type»": send the event as JSON (application/json)',
		examples: [
			'Unsupported Content-Type "application/xml": send the event as JSON (application/json)',
			'Unsupported Content-Type "multipart/form-data": send the event as JSON (application/json)',
		],
		means: 'An XML or multipart body. Nothing runs.',
		todo: 'Send the event as JSON.',
		cases: ['XML body', 'multipart form body'],
	},
	{
		group: 'trigger',
		status: 400,
		message: 'The request has no body / is an empty JSON object / has a "hook" but no "data" object / Expected a JSON object',
		examples: ['The request body has a "hook" but no "data" object: expected the event\'s data in "data"'],
		means: 'The call carries no event data, so nothing runs (instead of a workflow run with an empty item).',
		todo: 'Send the event data as a JSON object, bare or as `{"hook": …, "data": {…}}`.',
		cases: ['envelope without data', 'envelope whose data is null'],
	},
	{
		group: 'trigger',
		status: 200,
		message: '{"received": true, "ignored": "«event» is not selected in this trigger"}',
		examples: ['vb.transfer is not selected in this trigger', 'p2p.reply is not selected in this trigger'],
		means: 'A call for an event the trigger does not listen to: a webhook left from an earlier selection, or an event CallHub added. Nothing runs.',
		todo: 'Nothing, or select the event; activating the workflow again removes webhooks it no longer needs.',
		cases: ['an event not selected in the trigger', 'an event CallHub does not document'],
	},
];
