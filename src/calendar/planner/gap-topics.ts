/**
 * Derives a phrase that can stand as the topic of a working title from a gap statement:
 * "No one publishes month-end close playbooks for teams without a data engineer" becomes
 * "month-end close playbooks for teams without a data engineer".
 */

const MAX_TOPIC_LENGTH = 80;

/** "No one publishes …", "Little honest content on …", "No local studio explains …" */
const NEGATION_WITH_VERB =
  /^(?:there (?:is|are) )?(?:no|few|little|limited|missing|lack of|a lack of|need for|a need for|gap in)\s+(?:[\w-]+\s+){0,3}?(?:publishes|explains|covers|offers|provides|shows|addresses|writes about|talks about|content on|content about|content for|coverage of|information on|guidance on)\s+/i;

/** "Few short routines …", "Need for video tutorials …", "Missing …" */
const NEGATION_PREFIX =
  /^(?:there (?:is|are) )?(?:no|few|little|limited|missing|lack of|a lack of|need for|a need for|gap in|not enough)\s+/i;

/** A finite verb left in the phrase means it is a statement ("examples are generic"), not a topic. */
const FINITE_VERB = /\b(?:is|are|was|were|do|does|did|don't|doesn't|has|have|isn't|aren't|can't|cannot|lacks?)\b/i;

/** Opportunities that start with a strategy verb describe a plan ("Own the … cluster"), not a topic. */
const STRATEGY_VERB = /^(?:own|create|build|launch|publish|develop|start|become|position|target|win|grow|increase|drive)\b/i;

/** Returns a title topic from a gap description, else from its opportunity, else undefined. */
export function deriveGapTopic(description: string, opportunity?: string): string | undefined {
  const fromDescription = stripNegation(description);
  if (isUsableTopic(fromDescription)) {
    return fromDescription;
  }

  const fromOpportunity = opportunity?.trim().replace(/\.$/, '');
  if (fromOpportunity !== undefined && !STRATEGY_VERB.test(fromOpportunity) && isUsableTopic(fromOpportunity)) {
    return fromOpportunity;
  }

  return undefined;
}

function stripNegation(text: string): string {
  const trimmed = text.trim().replace(/\.$/, '');
  const withVerb = trimmed.replace(NEGATION_WITH_VERB, '');
  if (withVerb !== trimmed) {
    return withVerb;
  }

  return trimmed.replace(NEGATION_PREFIX, '');
}

function isUsableTopic(topic: string): boolean {
  return topic.length >= 3 && topic.length <= MAX_TOPIC_LENGTH && !FINITE_VERB.test(topic);
}
