/** How each of a learner's tools is named on the Sharing page and the counselor's client page. */
export const TOOL_NAMES: Record<string, string> = {
	triggers: 'Trigger list',
	'weekly-plan': 'Weekly plan',
	'support-map': 'Support map'
};
