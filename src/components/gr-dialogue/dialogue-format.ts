/** A Dialogue's value (Gradio's wire format): lines of a transcript, or plain text when there are no speakers. */
export interface DialogueLine {
  speaker: string;
  text: string;
}
export type DialogueValue = DialogueLine[] | string | null;

/** The lines of a value, or a message saying why it is not a Dialogue value. */
export function dialogueLines(value: unknown): DialogueLine[] | string {
  if (value === null || value === undefined || value === '') return [];
  if (typeof value === 'string') return value;
  const bad = 'This dialogue is not in Gradio\'s format: expected a list of {"speaker", "text"} lines or a string.';
  if (!Array.isArray(value)) return bad;
  const lines: DialogueLine[] = [];
  for (const line of value) {
    if (!line || typeof line !== 'object' || typeof line.speaker !== 'string' || typeof line.text !== 'string') return bad;
    lines.push({ speaker: line.speaker, text: line.text });
  }
  return lines;
}

/** Gradio's default formatter: `[speaker] text` lines joined by `separator`. */
export function formatDialogue(lines: readonly DialogueLine[], separator: string): string {
  return lines.map((line) => `[${line.speaker}] ${line.text}`).join(separator);
}

/** Gradio's default unformatter: `[speaker] text` per line; a line without brackets is the first speaker's. */
export function parseDialogue(text: string, separator: string, defaultSpeaker: string): DialogueLine[] {
  const lines: DialogueLine[] = [];
  for (const raw of text.split(separator || '\n')) {
    const line = raw.trim();
    if (!line) continue;
    const close = line.indexOf(']');
    if (line.startsWith('[') && close > 0) lines.push({ speaker: line.slice(1, close), text: line.slice(close + 1).trim() });
    else lines.push({ speaker: defaultSpeaker, text: line });
  }
  return lines;
}
