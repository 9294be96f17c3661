import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface ChatbotArgs {
  value: unknown[];
  label: string;
  showLabel: boolean;
  layout: 'bubble' | 'panel';
  height: number;
  placeholder: string;
  examples: unknown[] | null;
  likeable: boolean;
  retryable: boolean;
  undoable: boolean;
  editable: 'user' | 'all' | null;
  showCopyButton: boolean;
  showCopyAllButton: boolean;
  feedbackOptions: string[];
  avatarImages: unknown[] | null;
  groupConsecutiveMessages: boolean;
  renderMarkdown: boolean;
  rtl: boolean;
  pending: boolean;
  interactive: boolean;
}

// Inline images keep the stories free of network requests.
const svg = (fill: string, text: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" rx="32" fill="${fill}"/><text x="32" y="40" font-size="24" text-anchor="middle" fill="white">${text}</text></svg>`,
  )}`;
const cat = { path: 'cat.svg', url: svg('#f97316', '🐱'), orig_name: 'cat.svg', mime_type: 'image/svg+xml' };
const report = { path: 'report.pdf', url: svg('#64748b', 'PDF'), orig_name: 'report.pdf', mime_type: 'application/pdf', size: 48213 };

const messages = [
  { role: 'user', content: 'How do I reverse a list in **Python**?', metadata: null, options: null },
  {
    role: 'assistant',
    content: 'Use slicing:\n\n```python\nitems = [1, 2, 3]\nprint(items[::-1])\n```\n\nOr `items.reverse()` in place. The cost is $$O(n)$$',
    metadata: null,
    options: null,
  },
];

const meta: Meta<ChatbotArgs> = {
  title: 'Components/Chatbot',
  component: 'gr-chatbot',
  args: {
    value: messages,
    label: 'Chatbot',
    showLabel: true,
    layout: 'bubble',
    height: 400,
    placeholder: '',
    examples: null,
    likeable: false,
    retryable: false,
    undoable: false,
    editable: null,
    showCopyButton: false,
    showCopyAllButton: false,
    feedbackOptions: ['Like', 'Dislike'],
    avatarImages: null,
    groupConsecutiveMessages: true,
    renderMarkdown: true,
    rtl: false,
    pending: false,
    interactive: true,
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['bubble', 'panel'] },
    editable: { control: 'inline-radio', options: [null, 'user', 'all'] },
  },
  render: (args) =>
    html`<gr-chatbot
      .value=${args.value}
      .label=${args.label}
      .showLabel=${args.showLabel}
      .layout=${args.layout}
      .height=${args.height}
      .placeholder=${args.placeholder || null}
      .examples=${args.examples}
      .likeable=${args.likeable}
      .retryable=${args.retryable}
      .undoable=${args.undoable}
      .editable=${args.editable}
      .showCopyButton=${args.showCopyButton}
      .showCopyAllButton=${args.showCopyAllButton}
      .feedbackOptions=${args.feedbackOptions}
      .avatarImages=${args.avatarImages}
      .groupConsecutiveMessages=${args.groupConsecutiveMessages}
      .renderMarkdown=${args.renderMarkdown}
      .rtl=${args.rtl}
      .pending=${args.pending}
      .interactive=${args.interactive}
    ></gr-chatbot>`,
};
export default meta;

type Story = StoryObj<ChatbotArgs>;

/** Gradio 5 `type="messages"`: string content, Markdown, code and LaTeX. */
export const Messages: Story = {};

/** Gradio 5 `type="tuples"`: `[[user, bot], ...]`. */
export const Tuples: Story = {
  args: {
    value: [
      ['Hello!', 'Hi, how can I help?'],
      ['Tell me a joke', null],
      [null, 'Why did the developer go broke? Because he used up all his cache.'],
    ],
  },
};

/** Gradio 6: content is a list of text / file blocks. */
export const ContentBlocks: Story = {
  args: {
    value: [
      { role: 'user', content: [{ type: 'text', text: 'What is in this picture?' }, { type: 'file', file: cat, alt_text: 'A cat' }] },
      { role: 'assistant', content: [{ type: 'text', text: 'A **cat**, drawn as an orange circle.' }] },
    ],
  },
};

/** Thoughts: `metadata` with title, log, duration and status, nested by `parent_id`. */
export const Thoughts: Story = {
  args: {
    value: [
      { role: 'user', content: 'What is the weather in Paris?' },
      { role: 'assistant', content: 'I should look it up.', metadata: { title: '🧠 Thinking', id: 'think', status: 'done', duration: 1.3 } },
      {
        role: 'assistant',
        content: '`get_weather("Paris")` → 18 °C, cloudy',
        metadata: { title: '🛠️ Used tool get_weather', id: 'tool', parent_id: 'think', log: 'api.weather', duration: 0.42, status: 'done' },
      },
      { role: 'assistant', content: 'Still searching…', metadata: { title: 'Searching news', id: 'news', status: 'pending' } },
      { role: 'assistant', content: 'It is **18 °C** and cloudy in Paris.' },
    ],
  },
};

/** Images, audio, video and other files in messages. */
export const Files: Story = {
  args: {
    value: [
      { role: 'user', content: { file: cat, alt_text: 'An orange cat' } },
      { role: 'user', content: { file: report, alt_text: null } },
      { role: 'assistant', content: 'Got a picture and a PDF report.' },
    ],
  },
};

/** Examples and a Markdown placeholder while the chat is empty. */
export const Examples: Story = {
  args: {
    value: [],
    placeholder: '## Welcome\nAsk me **anything**.',
    examples: [
      { text: 'Write a haiku', icon: cat },
      { text: 'Summarise this', display_text: 'Summarise a report', files: [report] },
      { text: 'Explain recursion' },
    ],
  },
};

/** Every action: copy, like / dislike / custom feedback, retry, undo, edit, copy all, clear. */
export const Actions: Story = {
  args: {
    likeable: true,
    retryable: true,
    undoable: true,
    editable: 'user',
    showCopyButton: true,
    showCopyAllButton: true,
    feedbackOptions: ['Like', 'Dislike', 'Inaccurate', 'Offensive'],
  },
};

/** Option buttons under the last bot message. */
export const Options: Story = {
  args: {
    value: [
      { role: 'user', content: 'Book a table' },
      { role: 'assistant', content: 'For how many people?', options: [{ value: '2', label: 'Two' }, { value: '4', label: 'Four' }, { value: 'more' }] },
    ],
  },
};

/** The panel layout with avatars. */
export const PanelWithAvatars: Story = {
  args: { layout: 'panel', avatarImages: [svg('#2563eb', 'U'), svg('#16a34a', 'AI')] },
};

/** Consecutive bot messages in separate bubbles. */
export const Ungrouped: Story = {
  args: {
    groupConsecutiveMessages: false,
    value: [
      { role: 'user', content: 'Two answers please' },
      { role: 'assistant', content: 'First answer' },
      { role: 'assistant', content: 'Second answer' },
    ],
  },
};

/** Waiting for a reply. */
export const Pending: Story = { args: { pending: true, value: [messages[0]] } };

/** Right to left. */
export const RightToLeft: Story = {
  args: { rtl: true, value: [{ role: 'user', content: 'مرحبا' }, { role: 'assistant', content: 'أهلا وسهلا! كيف يمكنني مساعدتك؟' }] },
};

/** Input the element cannot show: a clear message, never a crash. */
export const BadInput: Story = {
  args: { value: [{ content: 'no role' }, { role: 'user', content: 'fine' }, { role: 'assistant', content: { component: 'my_widget', value: {} } }] },
};

/** Components in messages (Gradio's ComponentMessage): each shown by the kit's element for its type. */
export const Components: Story = {
  args: {
    value: [
      { role: 'user', content: 'Show me the numbers' },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Here they are:' },
          {
            type: 'component',
            component: 'dataframe',
            value: { headers: ['fruit', 'sold'], data: [['apple', 3], ['pear', 5]], metadata: null },
            constructor_args: {},
            props: { datatype: ['str', 'number'] },
          },
          { type: 'component', component: 'json', value: { total: 8, fruits: ['apple', 'pear'] }, constructor_args: {}, props: { open: true } },
          {
            type: 'component',
            component: 'label',
            value: { label: 'pear', confidences: [{ label: 'pear', confidence: 0.7 }, { label: 'apple', confidence: 0.3 }] },
            constructor_args: {},
            props: {},
          },
        ],
      },
    ],
  },
};

/** A reply streamed word by word into a long history (only the growing message re-renders). */
export const Streaming: Story = {
  render: (args) => {
    const history = Array.from({ length: 40 }, (_, i) => ({
      role: i % 2 ? 'assistant' : 'user',
      content: i % 2 ? `Answer ${i} with some **Markdown**.` : `Question ${i}`,
    }));
    const words = 'Streaming replies arrive token by token and the view follows them unless you scroll up. '.repeat(8).split(' ');
    const element = document.createElement('gr-chatbot') as HTMLElement & { value: unknown[]; height: number; label: string };
    element.height = args.height;
    element.label = 'Streaming';
    element.value = history;
    let i = 0;
    let text = '';
    const timer = setInterval(() => {
      if (!element.isConnected && i > 0) return clearInterval(timer);
      text += `${words[i % words.length]} `;
      if (i % 15 === 14) text += '\n\n';
      element.value = [...history, { role: 'assistant', content: text }];
      if (++i >= words.length) clearInterval(timer);
    }, 60);
    return element;
  },
};
