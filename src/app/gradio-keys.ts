/**
 * Gradio's own keys (see `englishKeys` in ./i18n.ts) in the other languages its frontend ships them in,
 * loaded only for a reader of one of them.
 */
export const gradioKeys: Record<string, Record<string, string>> = {
  es: { 'chat_interface.additional_inputs': 'Entradas adicionales', 'chat_interface.new_chat': 'Nueva conversación', 'chat_interface.message_placeholder': 'Escribe un mensaje...', 'chat_interface.conversation': 'Conversación' },
  fr: { 'chat_interface.additional_inputs': 'Entrées supplémentaires', 'chat_interface.new_chat': 'Nouvelle conversation', 'chat_interface.message_placeholder': 'Écrivez un message...', 'chat_interface.conversation': 'Conversation' },
  de: { 'chat_interface.additional_inputs': 'Weitere Eingaben', 'chat_interface.new_chat': 'Neuer Chat', 'chat_interface.message_placeholder': 'Nachricht eingeben...', 'chat_interface.conversation': 'Unterhaltung' },
  pt: { 'chat_interface.additional_inputs': 'Entradas adicionais', 'chat_interface.new_chat': 'Nova conversa', 'chat_interface.message_placeholder': 'Digite uma mensagem...', 'chat_interface.conversation': 'Conversa' },
  it: { 'chat_interface.additional_inputs': 'Input aggiuntivi', 'chat_interface.new_chat': 'Nuova chat', 'chat_interface.message_placeholder': 'Scrivi un messaggio...', 'chat_interface.conversation': 'Conversazione' },
  zh: { 'chat_interface.chatbot': '聊天机器人', 'chat_interface.additional_inputs': '更多输入', 'chat_interface.new_chat': '新对话', 'chat_interface.message_placeholder': '输入消息...', 'chat_interface.conversation': '对话' },
  ja: { 'chat_interface.chatbot': 'チャットボット', 'chat_interface.additional_inputs': '追加の入力', 'chat_interface.new_chat': '新しいチャット', 'chat_interface.message_placeholder': 'メッセージを入力...', 'chat_interface.conversation': '会話' },
  ko: { 'chat_interface.chatbot': '챗봇', 'chat_interface.additional_inputs': '추가 입력', 'chat_interface.new_chat': '새 채팅', 'chat_interface.message_placeholder': '메시지를 입력하세요...', 'chat_interface.conversation': '대화' },
  ru: { 'chat_interface.chatbot': 'Чат-бот', 'chat_interface.additional_inputs': 'Дополнительные параметры', 'chat_interface.new_chat': 'Новый чат', 'chat_interface.message_placeholder': 'Введите сообщение...', 'chat_interface.conversation': 'Разговор' },
  ar: { 'chat_interface.chatbot': 'روبوت المحادثة', 'chat_interface.additional_inputs': 'مدخلات إضافية', 'chat_interface.new_chat': 'محادثة جديدة', 'chat_interface.message_placeholder': 'اكتب رسالة...', 'chat_interface.conversation': 'محادثة' },
  hi: { 'chat_interface.chatbot': 'चैटबॉट', 'chat_interface.additional_inputs': 'अतिरिक्त इनपुट', 'chat_interface.new_chat': 'नई चैट', 'chat_interface.message_placeholder': 'संदेश लिखें...', 'chat_interface.conversation': 'बातचीत' },
};
