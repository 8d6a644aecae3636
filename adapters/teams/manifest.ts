// The Teams app manifest, built from the one command grammar so the
// commands Teams suggests are the ones the core parses. `npm run
// assets:teams` writes it to manifest/teams/manifest.json with a placeholder
// id; `npm run package:teams` puts it in the zip with MICROSOFT_APP_ID.
import { SUMMARY, USAGE } from "../../src/core/grammar.ts";

export const MANIFEST_VERSION = "1.22";
export const MANIFEST_SCHEMA = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const APP_ID_PLACEHOLDER = "{{MICROSOFT_APP_ID}}";
export const ICONS = { color: "color.png", outline: "outline.png" } as const;
export const ICON_SIZES = { color: 192, outline: 32 } as const;

/** Teams shows at most 10 commands per list; titles up to 32 characters, descriptions up to 128. */
export const SUGGESTED_COMMANDS = [
  "help",
  "status",
  "actions",
  "action add",
  "action done",
  "meeting",
  "update",
  "who",
  "agenda",
  "minutes",
] as const satisfies readonly (keyof typeof USAGE)[];

const SCOPES = ["personal", "team", "groupChat"] as const;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function suggestedCommands(): { title: string; description: string }[] {
  return SUGGESTED_COMMANDS.map((name) => ({
    title: clip(name, 32),
    description: clip(`${SUMMARY[name]}: ${USAGE[name]}`, 128),
  }));
}

export function teamsManifest(appId: string, version = "1.0.0") {
  return {
    $schema: MANIFEST_SCHEMA,
    manifestVersion: MANIFEST_VERSION,
    version,
    id: appId,
    developer: {
      name: "ISU-CCM",
      websiteUrl: "https://www.clusterconvention.org/",
      privacyUrl: "https://www.clusterconvention.org/privacy/",
      termsOfUseUrl: "https://www.clusterconvention.org/terms/",
    },
    name: { short: "Rapporteur", full: "Rapporteur: CCM Coordination Committee clerk" },
    description: {
      short: "Status, action items, agendas and minutes for the CCM Coordination Committee.",
      full: "Rapporteur is the clerical bot of the Coordination Committee of the Convention on Cluster Munitions. It answers status questions about country coalitions, action items and meetings, asks coordinators for their updates before each meeting, records action items and decisions, and drafts agendas and minutes. Type a command (help, status Lao PDR, actions mine) in a personal chat, or mention it in a channel.",
    },
    icons: { color: ICONS.color, outline: ICONS.outline },
    accentColor: "#1F4E79",
    bots: [
      {
        botId: appId,
        scopes: [...SCOPES],
        isNotificationOnly: false,
        supportsFiles: true,
        commandLists: [{ scopes: [...SCOPES], commands: suggestedCommands() }],
      },
    ],
    permissions: ["identity", "messageTeamMembers"],
    validDomains: ["token.botframework.com"],
  };
}

export type TeamsManifest = ReturnType<typeof teamsManifest>;
