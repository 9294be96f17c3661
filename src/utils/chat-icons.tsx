/**
 * The icons of the chat elements (`gr-chatbot`, `gr-multimodal-textbox`): stroked 24x24 outlines, decorative
 * (hidden from assistive technology; the button around each carries its name).
 */
import { type FunctionalComponent, h } from '@stencil/core';

const chatIcons = {
  chat: ['M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z'],
  copy: ['M8 8h11v13H8z', 'M5 16V3h11'],
  check: ['M4 12l5 5L20 6'],
  trash: ['M3 6h18', 'M8 6V4h8v2', 'M19 6l-1 14H6L5 6'],
  like: ['M7 10v11H3V10z', 'M7 10l4-8a3 3 0 0 1 3 3v4h6a2 2 0 0 1 2 2l-2 8a2 2 0 0 1-2 2H7'],
  dislike: ['M17 14V3h4v11z', 'M17 14l-4 8a3 3 0 0 1-3-3v-4H4a2 2 0 0 1-2-2l2-8a2 2 0 0 1 2-2h11'],
  flag: ['M4 22V4', 'M4 4h12l-2 4 2 4H4'],
  retry: ['M3 12a9 9 0 1 0 3-6.7', 'M3 3v6h6'],
  undo: ['M9 14L4 9l5-5', 'M4 9h11a5 5 0 0 1 0 10h-3'],
  edit: ['M12 20h9', 'M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z'],
  down: ['M12 5v14', 'M5 12l7 7 7-7'],
  file: ['M14 3H6v18h12V7z', 'M14 3v4h4'],
  paperclip: ['M21 11l-9 9a5 5 0 0 1-7-7l9-9a3.5 3.5 0 0 1 5 5l-9 9a2 2 0 0 1-3-3l8-8'],
  send: ['M12 19V5', 'M5 12l7-7 7 7'],
  stop: ['M7 7h10v10H7z'],
  close: ['M6 6l12 12', 'M18 6L6 18'],
  mic: ['M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3z', 'M5 11a7 7 0 0 0 14 0', 'M12 18v3'],
} as const;

export type ChatIconName = keyof typeof chatIcons;

/** The frame every chat icon shares. */
const iconFrame: Record<string, string> = {
  class: 'icon',
  viewBox: '0 0 24 24',
  width: '16',
  height: '16',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': '2',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
  'aria-hidden': 'true',
  focusable: 'false',
};

/** A chat icon: its sub-paths drawn as one path. */
export const ChatIcon: FunctionalComponent<{ name: ChatIconName }> = (props) => (
  // biome-ignore lint/a11y/noSvgWithoutTitle: decorative (aria-hidden); the button around it carries the name
  <svg {...iconFrame}>
    <path d={chatIcons[props.name].join(' ')} />
  </svg>
);
