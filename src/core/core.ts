// The conversation core: handle(request) -> replies. Resolves who is asking,
// parses the command, runs it, and turns refusals and faults into replies.
import { randomBytes } from "node:crypto";
import type { Clock } from "../clock.ts";
import type { Logger } from "../log.ts";
import { readModelOf } from "../read-model/read-model.ts";
import { type AccessSnapshot, accountKey } from "../store/access.ts";
import type { Db } from "../store/open.ts";
import { refuseUnbound } from "./admission.ts";
import { importUpload } from "./commands/import-upload.ts";
import { runCommand } from "./commands/index.ts";
import { answerInMinutesThread } from "./commands/minutes-comments.ts";
import { actorFor, type CommandContext } from "./context.ts";
import { UserError } from "./errors.ts";
import { type Command, looksLikeCommand, parseCommand } from "./grammar.ts";
import { homePage } from "./home.ts";
import { checkLength, wellFormedRequest } from "./intake.ts";
import { createConversationMemory } from "./intents/memory.ts";
import type { Intent, Understanding } from "./intents/types.ts";
import { handleSubmit } from "./interactions.ts";
import { answerInPromptThread } from "./prompt-thread.ts";
import { answerQuestion } from "./questions.ts";
import { privateReply, type Reply } from "./reply.ts";
import type { ChatRequest } from "./request.ts";

export interface CoreDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  committeeSlug?: string;
  /** Told how each request was taken, once it is answered; adapters pass none. */
  observe?: (request: ChatRequest, trace: RequestTrace) => void;
}

/**
 * How the core took one request, for tooling that scores the bot through the
 * path a chat message takes (scripts/nlu/) rather than a shortcut beside it.
 */
export interface RequestTrace {
  /** A message answered in a prompt or minutes thread, or taken as a command or as a question. */
  route?: "thread" | "command" | "question";
  /** The command run, typed as one or a message taken as one. */
  command?: Command;
  /** The intent layer's reading of a question. */
  understanding?: Understanding;
  /** The intent finally answered ("unknown" when the bot said it does not know). */
  intent?: Intent;
  /** Refused with the reason (a usage line, a permission, no such record) instead of an answer. */
  refused?: boolean;
}

export interface Core {
  handle(request: ChatRequest): Promise<Reply[]>;
  /** The speaker's own page (App Home): open items, pending updates, next meeting, coalitions. */
  home(request: ChatRequest): Promise<Reply>;
}

export const NOT_REGISTERED =
  "You're not registered with the committee's Rapporteur yet, so I can't answer you. Ask the secretariat (ISU-CCM) to link your chat account to your name.";

function refusal(error: UserError): Reply {
  return privateReply(error.usage ? `${error.message}\nUsage: ${error.usage}` : error.message);
}

export function createCore(deps: CoreDeps): Core {
  const { db, clock, logger } = deps;
  // Follow-ups ("and Cambodia?") lean on the previous turn of the same conversation.
  const memory = createConversationMemory(clock);
  const model = readModelOf(db, deps.committeeSlug);

  // the speaker's person, from the snapshot: a console speaker names it, a chat account is linked to it
  function personIdOf(request: ChatRequest, access: AccessSnapshot): number | undefined {
    const { speaker } = request;
    if (speaker.kind === "person") return speaker.personId;
    return access.identities.get(accountKey(speaker.platform, speaker.workspaceId, speaker.userId));
  }

  async function runParsed(context: CommandContext, text: string, trace: RequestTrace): Promise<Reply[]> {
    trace.route = "command";
    const parsed = parseCommand(text);
    if (!parsed.ok) throw new UserError(parsed.error, parsed.usage);
    trace.command = parsed.command;
    return runCommand(context, parsed.command);
  }

  /** The request's context, or the reply that ends it: refused workspace, or a speaker not registered. */
  async function contextFor(request: ChatRequest): Promise<CommandContext | Reply> {
    const snapshot = await model.current();
    const unbound = refuseUnbound(snapshot.access, logger, request);
    if (unbound) return unbound;
    const personId = personIdOf(request, snapshot.access);
    const dir = personId === undefined ? null : await snapshot.directory();
    const person = dir?.persons.find((entry) => entry.id === personId);
    if (!dir || !person) return privateReply(NOT_REGISTERED);
    const records = await snapshot.records();
    return {
      db,
      clock,
      logger,
      dir,
      records,
      fresh: async () => (await model.current()).records(),
      person,
      actor: actorFor(request, person),
      request,
      now: clock.now(),
    };
  }

  async function dispatch(received: ChatRequest, trace: RequestTrace): Promise<Reply[]> {
    const request = wellFormedRequest(received);
    const context = await contextFor(request);
    if (!("dir" in context)) return [context];
    checkLength(request);
    if (request.kind === "submit") {
      return handleSubmit(context, {
        runCommand: (text) =>
          runParsed({ ...context, request: { ...request, kind: "command", text } }, text, trace),
        ask: (text) => converse({ ...context, request: { ...request, kind: "message", text } }, trace),
      });
    }
    if (request.kind === "command") return runParsed(context, request.text, trace);
    if (request.file) return importUpload(context);
    return converse(context, trace);
  }

  async function converse(context: CommandContext, trace: RequestTrace): Promise<Reply[]> {
    const { request } = context;
    // A reply in the thread of a request for an update is that update; in the
    // thread of a circulated minutes draft, a comment on it.
    const answered = (await answerInPromptThread(context)) ?? (await answerInMinutesThread(context));
    if (answered) {
      trace.route = "thread";
      return answered;
    }
    // In conversation a command typed as a message is that command ("actions
    // mine"), and its refusal or usage line is the answer: a question engine
    // answering instead would answer another question (an observer's refused
    // "action add ... owner Norway" once got Norway's list). A question that
    // merely starts with a command word ("who is on VA?") ends with "?".
    const question = /\?\s*$/.test(request.text) || !looksLikeCommand(request.text);
    if (!question) return runParsed(context, request.text, trace);
    trace.route = "question";
    const { understanding, intent, replies } = await answerQuestion(context, request.text, memory);
    Object.assign(trace, { understanding, intent });
    return replies;
  }

  return {
    async home(request) {
      const context = await contextFor(request);
      return "dir" in context ? homePage(context) : { ...context, title: "Rapporteur" };
    },
    async handle(request) {
      const trace: RequestTrace = {};
      try {
        return await dispatch(request, trace);
      } catch (error) {
        if (error instanceof UserError) {
          trace.refused = true;
          return [refusal(error)];
        }
        const reference = randomBytes(4).toString("hex");
        logger.error({ err: error, reference, kind: request.kind }, "request failed");
        return [
          privateReply(
            `Something went wrong on my side and nothing was changed. If it happens again, give the secretariat this reference: ${reference}.`,
          ),
        ];
      } finally {
        deps.observe?.(request, trace);
      }
    },
  };
}
