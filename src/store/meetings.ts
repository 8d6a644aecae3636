// A meeting with its agenda, attendance and decisions: the shape the read
// model (src/read-model/meetings.ts) holds and answers read.
import type { Prisma } from "../generated/prisma/client.ts";

export const meetingInclude = {
  previous: true,
  agendaItems: { orderBy: { position: "asc" }, include: { area: true, coalition: true } },
  attendances: { include: { person: { include: { delegation: true } } } },
  decisions: { include: { agendaItem: true }, orderBy: { id: "asc" } },
} satisfies Prisma.MeetingInclude;

export type MeetingRecord = Prisma.MeetingGetPayload<{ include: typeof meetingInclude }>;
