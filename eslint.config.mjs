// The rule sets n8n's verification scanner (@n8n/scan-community-package) applies to a
// community package, the same way @n8n/node-cli's default config wires them.
import js from '@eslint/js';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import { globalIgnores } from 'eslint/config';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import tseslint from 'typescript-eslint';

const community = n8nCommunityNodesPlugin.configs.recommended;

export default tseslint.config(
	globalIgnores(['node_modules', 'test', 'coverage', '.cache', 'scripts', 'gulpfile.js', '*.config.*']),
	{
		files: ['credentials/**/*.ts', 'nodes/**/*.ts'],
		extends: [js.configs.recommended, tseslint.configs.recommended, community],
		rules: { 'prefer-spread': 'off', 'no-console': 'error' },
	},
	{ plugins: { 'n8n-nodes-base': n8nNodesBase } },
	{
		files: ['package.json'],
		extends: [community],
		rules: { ...n8nNodesBase.configs.community.rules },
		languageOptions: {
			parser: tseslint.parser,
			parserOptions: { extraFileExtensions: ['.json'] },
		},
	},
	{
		files: ['credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
	{
		// The built package as the scanner lints the published tarball (its `**/*.js` with these two
		// rules): the bundles in dist/ must not reach for process, timers or modules besides n8n-workflow.
		files: ['dist/**/*.js'],
		plugins: { 'n8n-community-nodes': n8nCommunityNodesPlugin },
		rules: {
			'n8n-community-nodes/no-restricted-globals': 'error',
			'n8n-community-nodes/no-restricted-imports': 'error',
		},
		languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs' },
	},
);
