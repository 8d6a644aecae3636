// Reply -> plain text: what the console prints and what every platform gets
// as its notification/fallback text.
import type { Reply, Section } from "../core/reply.ts";

function sectionLines(section: Section): string[] {
  const lines: string[] = [];
  if (section.title) lines.push(section.title);
  if (section.text) lines.push(section.text);
  for (const field of section.fields ?? []) lines.push(`${field.label}: ${field.value}`);
  for (const item of section.items ?? []) {
    lines.push(`- ${item.text}`);
    if (item.detail) lines.push(...item.detail.split("\n").map((line) => `  ${line}`));
  }
  if (section.context) lines.push(section.context);
  return lines;
}

export function renderPlainText(reply: Reply): string {
  const blocks: string[] = [];
  const head = reply.title && reply.title !== reply.text ? [reply.title, reply.text] : [reply.text];
  blocks.push(head.filter(Boolean).join("\n"));
  for (const section of reply.sections ?? []) blocks.push(sectionLines(section).join("\n"));
  if (reply.form) {
    const fields = reply.form.fields.map((field) => {
      const needs = field.required ? " (required)" : "";
      const error = field.error ? ` <- ${field.error}` : "";
      return `- ${field.label}${needs}${field.hint ? `: ${field.hint}` : ""}${error}`;
    });
    blocks.push([reply.form.title, ...fields].join("\n"));
  }
  if (reply.buttons?.length) blocks.push(`[${reply.buttons.map((button) => button.label).join("] [")}]`);
  return blocks.filter((block) => block.trim() !== "").join("\n\n");
}
