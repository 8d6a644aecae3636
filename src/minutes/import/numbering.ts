// How an agenda item's heading starts, in every layout the committee has used:
// "5. Title", "5.1 Title", "Agenda Item 5: Title", "Item 5 – Title", and the
// number alone on its line with the title on the next (PDF text). Attendance,
// the heading block and the prose all stop at such a line, so they share it.

/** A heading with its number and title: groups are the major, the minor and the title. */
export const ITEM_HEADING = /^(?:(?:agenda\s+)?item\s+)?(\d{1,2})(?:\.(\d{1,2}))?\.?\s*[:.)–—-]?\s+(\S.*)$/i;

/** "5.", "5.1", "Agenda Item 5", "Agenda Item 5:": the number of a heading whose title is on the next line. */
export const ITEM_NUMBER_ALONE =
  /^(?:(?:agenda\s+)?item\s+\d{1,2}(?:\.\d{1,2})?|\d{1,2}\.(?:\d{1,2}\.?)?)\s*:?$/i;

/** "Agenda Item 1: Present", "1. PRESENT:": the prefix before an attendance or apologies heading word. */
export const ITEM_PREFIX = "(?:(?:agenda\\s+)?item\\s+)?(?:\\d{1,2}\\.?\\s*[:.)–—-]?\\s*)?";
