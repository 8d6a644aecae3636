// The Slack route and the start-up line's phrase for it: what both the
// deferred stand-in and the loaded mount say, kept apart so neither imports the other.
export const SLACK_ROUTE = "POST /slack/events";
export const SLACK_HTTP_SUMMARY = "Slack (HTTP at POST /slack/events)";
