/**
 * The kit's own words (buttons, status, errors, upload prompts), in the reader's language.
 *
 * An element asks `t(word, host)`: the language is the nearest `lang` attribute above the element (through
 * shadow roots: `<gradio-app locale>` sets it on itself), else the browser's language, else the page's
 * `<html lang>`; a missing word falls back to the base language (`pt` for `pt-BR`), then to English. A page adds
 * or overrides words with `registerTranslations`. Elements that call `t` during render re-render when the
 * words or a `locale` change (`refreshTranslations`), since `t` reads an observable store.
 */
import { type ObservableMap, createStore } from '@stencil/store';

/** Every word the kit shows on its own. */
export type KitWord = BaseWord | keyof typeof wordRows;

type BaseWord =
  | 'copy'
  | 'copied'
  | 'copyCode'
  | 'clear'
  | 'submit'
  | 'stop'
  | 'loading'
  | 'error'
  | 'warning'
  | 'info'
  | 'success'
  | 'examples'
  | 'pages'
  | 'expand'
  | 'collapse'
  | 'openSidebar'
  | 'closeSidebar'
  | 'resetValue'
  | 'login'
  | 'username'
  | 'password'
  | 'signingIn'
  | 'wrongLogin'
  | 'appNotLoaded'
  | 'hostedAt'
  | 'builtWith'
  | 'queue'
  | 'dropFile'
  | 'clickToUpload'
  | 'or'
  | 'upload'
  | 'download'
  | 'fullscreen'
  | 'close'
  | 'spaceSleeping'
  | 'spaceBuilding'
  | 'spaceStarting'
  | 'moreTabs';

export type Translations = Partial<Record<KitWord, string>>;

const en: Record<BaseWord, string> = {
  copy: 'Copy',
  copied: 'Copied',
  copyCode: 'Copy code',
  clear: 'Clear',
  submit: 'Submit',
  stop: 'Stop',
  loading: 'Loading…',
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
  success: 'Success',
  examples: 'Examples',
  pages: 'Pages',
  expand: 'Expand',
  collapse: 'Collapse',
  openSidebar: 'Open sidebar',
  closeSidebar: 'Close sidebar',
  resetValue: 'Reset to default value',
  login: 'Login',
  username: 'Username',
  password: 'Password',
  signingIn: 'Signing in…',
  wrongLogin: 'Incorrect username or password.',
  appNotLoaded: 'This app could not be loaded.',
  hostedAt: 'Hosted at',
  builtWith: 'Built with Gradio',
  queue: 'queue',
  dropFile: 'Drop file here',
  clickToUpload: 'Click to upload',
  or: 'or',
  upload: 'Upload',
  download: 'Download',
  fullscreen: 'Fullscreen',
  close: 'Close',
  spaceSleeping: 'This Space is asleep: waking it up…',
  spaceBuilding: 'This Space is being built…',
  spaceStarting: 'This Space is starting…',
  moreTabs: 'More tabs',
};

/** The order of the languages in each row of `wordRows`. */
const rowLocales = ['en', 'es', 'fr', 'de', 'pt', 'it', 'zh', 'ja', 'ko', 'ru', 'ar', 'hi'] as const;
type WordRow = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

/**
 * More of the kit's words, one row per word in the languages of `rowLocales` (the row's type makes every
 * language have every word). `{name}` in a word is a value `t` fills in (`t('removeName', host, { name })`).
 */
const wordRows = {
  // The API page and the Settings panel.
  useViaApi: ['Use via API', 'Usar vía API', "Utiliser via l'API", 'Über die API nutzen', 'Usar via API', 'Usa tramite API', '通过 API 使用', 'API 経由で使う', 'API로 사용', 'Использовать через API', 'الاستخدام عبر API', 'API के ज़रिए उपयोग करें'],
  settings: ['Settings', 'Configuración', 'Paramètres', 'Einstellungen', 'Configurações', 'Impostazioni', '设置', '設定', '설정', 'Настройки', 'الإعدادات', 'सेटिंग्स'],
  app: ['App', 'Aplicación', 'Application', 'App', 'Aplicativo', 'App', '应用', 'アプリ', '앱', 'Приложение', 'التطبيق', 'ऐप'],
  apiDocs: ['API documentation', 'Documentación de la API', "Documentation de l'API", 'API-Dokumentation', 'Documentação da API', 'Documentazione API', 'API 文档', 'API ドキュメント', 'API 문서', 'Документация API', 'توثيق API', 'API दस्तावेज़'],
  closeApi: ['Close the API page', 'Cerrar la página de la API', "Fermer la page de l'API", 'API-Seite schließen', 'Fechar a página da API', 'Chiudi la pagina API', '关闭 API 页面', 'API ページを閉じる', 'API 페이지 닫기', 'Закрыть страницу API', 'إغلاق صفحة API', 'API पेज बंद करें'],
  closeSettings: ['Close the settings', 'Cerrar la configuración', 'Fermer les paramètres', 'Einstellungen schließen', 'Fechar as configurações', 'Chiudi le impostazioni', '关闭设置', '設定を閉じる', '설정 닫기', 'Закрыть настройки', 'إغلاق الإعدادات', 'सेटिंग्स बंद करें'],
  theme: ['Theme', 'Tema', 'Thème', 'Design', 'Tema', 'Tema', '主题', 'テーマ', '테마', 'Тема', 'السمة', 'थीम'],
  light: ['Light', 'Claro', 'Clair', 'Hell', 'Claro', 'Chiaro', '浅色', 'ライト', '라이트', 'Светлая', 'فاتح', 'लाइट'],
  dark: ['Dark', 'Oscuro', 'Sombre', 'Dunkel', 'Escuro', 'Scuro', '深色', 'ダーク', '다크', 'Тёмная', 'داكن', 'डार्क'],
  system: ['System', 'Sistema', 'Système', 'System', 'Sistema', 'Sistema', '跟随系统', 'システム', '시스템', 'Системная', 'النظام', 'सिस्टम'],
  language: ['Language', 'Idioma', 'Langue', 'Sprache', 'Idioma', 'Lingua', '语言', '言語', '언어', 'Язык', 'اللغة', 'भाषा'],
  browserDefault: ['Browser default', 'Predeterminado del navegador', 'Langue du navigateur', 'Browser-Standard', 'Padrão do navegador', 'Predefinita del browser', '浏览器默认', 'ブラウザーの既定', '브라우저 기본값', 'Как в браузере', 'افتراضي المتصفح', 'ब्राउज़र डिफ़ॉल्ट'],
  codeLanguage: ['Language', 'Lenguaje', 'Langage', 'Sprache', 'Linguagem', 'Linguaggio', '编程语言', '言語', '언어', 'Язык', 'لغة البرمجة', 'भाषा'],
  parameters: ['Parameters', 'Parámetros', 'Paramètres', 'Parameter', 'Parâmetros', 'Parametri', '参数', 'パラメーター', '매개변수', 'Параметры', 'المعاملات', 'पैरामीटर'],
  returns: ['Returns', 'Devuelve', 'Renvoie', 'Rückgabewerte', 'Retorna', 'Restituisce', '返回值', '戻り値', '반환값', 'Возвращает', 'القيم المُعادة', 'लौटाए गए मान'],
  noParameters: ['No parameters.', 'Sin parámetros.', 'Aucun paramètre.', 'Keine Parameter.', 'Sem parâmetros.', 'Nessun parametro.', '无参数。', 'パラメーターはありません。', '매개변수가 없습니다.', 'Нет параметров.', 'لا توجد معاملات.', 'कोई पैरामीटर नहीं।'],
  noReturns: ['No return values.', 'Sin valores devueltos.', 'Aucune valeur renvoyée.', 'Keine Rückgabewerte.', 'Sem valores de retorno.', 'Nessun valore restituito.', '无返回值。', '戻り値はありません。', '반환값이 없습니다.', 'Нет возвращаемых значений.', 'لا توجد قيم مُعادة.', 'कोई लौटाया गया मान नहीं।'],
  name: ['Name', 'Nombre', 'Nom', 'Name', 'Nome', 'Nome', '名称', '名前', '이름', 'Имя', 'الاسم', 'नाम'],
  label: ['Label', 'Etiqueta', 'Libellé', 'Bezeichnung', 'Rótulo', 'Etichetta', '标签', 'ラベル', '레이블', 'Метка', 'التسمية', 'लेबल'],
  type: ['Type', 'Tipo', 'Type', 'Typ', 'Tipo', 'Tipo', '类型', '型', '유형', 'Тип', 'النوع', 'प्रकार'],
  component: ['Component', 'Componente', 'Composant', 'Komponente', 'Componente', 'Componente', '组件', 'コンポーネント', '컴포넌트', 'Компонент', 'المكوّن', 'कंपोनेंट'],
  defaultValue: ['Default', 'Predeterminado', 'Par défaut', 'Standard', 'Padrão', 'Predefinito', '默认值', '既定値', '기본값', 'По умолчанию', 'الافتراضي', 'डिफ़ॉल्ट'],
  required: ['Required', 'Obligatorio', 'Requis', 'Erforderlich', 'Obrigatório', 'Obbligatorio', '必填', '必須', '필수', 'Обязательный', 'مطلوب', 'आवश्यक'],
  yes: ['Yes', 'Sí', 'Oui', 'Ja', 'Sim', 'Sì', '是', 'はい', '예', 'Да', 'نعم', 'हाँ'],
  no: ['No', 'No', 'Non', 'Nein', 'Não', 'No', '否', 'いいえ', '아니요', 'Нет', 'لا', 'नहीं'],
  recordedCalls: ['Recorded calls', 'Llamadas grabadas', 'Appels enregistrés', 'Aufgezeichnete Aufrufe', 'Chamadas gravadas', 'Chiamate registrate', '已录制的调用', '記録された呼び出し', '기록된 호출', 'Записанные вызовы', 'الاستدعاءات المسجّلة', 'रिकॉर्ड की गई कॉल'],
  recorderHint: [
    'Use the app: each call it makes to a documented endpoint shows here as code.',
    'Usa la aplicación: cada llamada que haga a un endpoint documentado aparecerá aquí como código.',
    "Utilisez l'application : chaque appel qu'elle fait à un point d'accès documenté s'affiche ici sous forme de code.",
    'Nutzen Sie die App: Jeder Aufruf eines dokumentierten Endpunkts erscheint hier als Code.',
    'Use o aplicativo: cada chamada que ele fizer a um endpoint documentado aparece aqui como código.',
    "Usa l'app: ogni chiamata a un endpoint documentato compare qui come codice.",
    '使用此应用：它对已记录端点的每次调用都会在此以代码形式显示。',
    'アプリを使うと、ドキュメント化されたエンドポイントへの呼び出しがここにコードとして表示されます。',
    '앱을 사용하세요. 문서화된 엔드포인트에 대한 각 호출이 여기에 코드로 표시됩니다.',
    'Пользуйтесь приложением: каждый его вызов документированной конечной точки появится здесь в виде кода.',
    'استخدم التطبيق: يظهر هنا كل استدعاء يجريه لنقطة نهاية موثّقة على شكل شيفرة.',
    'ऐप का उपयोग करें: किसी दस्तावेज़ित एंडपॉइंट पर की गई हर कॉल यहाँ कोड के रूप में दिखेगी।',
  ],
  recordApi: ['Record API calls', 'Grabar llamadas a la API', "Enregistrer les appels d'API", 'API-Aufrufe aufzeichnen', 'Gravar chamadas da API', 'Registra le chiamate API', '录制 API 调用', 'API 呼び出しを記録', 'API 호출 기록', 'Записывать вызовы API', 'تسجيل استدعاءات API', 'API कॉल रिकॉर्ड करें'],
  recordingApi: ['Recording API calls', 'Grabando llamadas a la API', "Enregistrement des appels d'API", 'API-Aufrufe werden aufgezeichnet', 'Gravando chamadas da API', 'Registrazione delle chiamate API', '正在录制 API 调用', 'API 呼び出しを記録中', 'API 호출 기록 중', 'Идёт запись вызовов API', 'جارٍ تسجيل استدعاءات API', 'API कॉल रिकॉर्ड हो रही हैं'],
  noEndpoints: ['This app has no documented API endpoints.', 'Esta aplicación no tiene endpoints de API documentados.', "Cette application n'a aucun point d'accès d'API documenté.", 'Diese App hat keine dokumentierten API-Endpunkte.', 'Este aplicativo não tem endpoints de API documentados.', "Quest'app non ha endpoint API documentati.", '此应用没有已记录的 API 端点。', 'このアプリにはドキュメント化された API エンドポイントがありません。', '이 앱에는 문서화된 API 엔드포인트가 없습니다.', 'У этого приложения нет документированных конечных точек API.', 'لا يحتوي هذا التطبيق على نقاط نهاية API موثّقة.', 'इस ऐप में कोई दस्तावेज़ित API एंडपॉइंट नहीं है।'],
  loadingApi: ['Loading the API…', 'Cargando la API…', "Chargement de l'API…", 'API wird geladen…', 'Carregando a API…', "Caricamento dell'API…", '正在加载 API…', 'API を読み込み中…', 'API 불러오는 중…', 'Загрузка API…', 'جارٍ تحميل API…', 'API लोड हो रहा है…'],
  noAppSrc: ["No app: set src to a Gradio app's URL.", 'No hay aplicación: pon en src la URL de una aplicación Gradio.', "Aucune application : indiquez dans src l'URL d'une application Gradio.", 'Keine App: Setzen Sie src auf die URL einer Gradio-App.', 'Nenhum aplicativo: defina src como a URL de um aplicativo Gradio.', "Nessuna app: imposta src sull'URL di un'app Gradio.", '没有应用：请将 src 设为 Gradio 应用的 URL。', 'アプリがありません。src に Gradio アプリの URL を設定してください。', '앱이 없습니다. src를 Gradio 앱의 URL로 설정하세요.', 'Нет приложения: укажите в src URL приложения Gradio.', 'لا يوجد تطبيق: اضبط src على عنوان URL لتطبيق Gradio.', 'कोई ऐप नहीं: src में Gradio ऐप का URL दें।'],
  apiLoadError: ['Could not load the API: {reason}', 'No se pudo cargar la API: {reason}', "Impossible de charger l'API : {reason}", 'Die API konnte nicht geladen werden: {reason}', 'Não foi possível carregar a API: {reason}', "Impossibile caricare l'API: {reason}", '无法加载 API：{reason}', 'API を読み込めませんでした: {reason}', 'API를 불러올 수 없습니다: {reason}', 'Не удалось загрузить API: {reason}', 'تعذّر تحميل API: {reason}', 'API लोड नहीं हो सका: {reason}'],
  apiLoadErrorOf: ['Could not load the API of {src}: {reason}', 'No se pudo cargar la API de {src}: {reason}', "Impossible de charger l'API de {src} : {reason}", 'Die API von {src} konnte nicht geladen werden: {reason}', 'Não foi possível carregar a API de {src}: {reason}', "Impossibile caricare l'API di {src}: {reason}", '无法加载 {src} 的 API：{reason}', '{src} の API を読み込めませんでした: {reason}', '{src}의 API를 불러올 수 없습니다: {reason}', 'Не удалось загрузить API {src}: {reason}', 'تعذّر تحميل API الخاص بـ {src}: {reason}', '{src} का API लोड नहीं हो सका: {reason}'],
  oneEndpointAt: ['1 API endpoint at', '1 endpoint de API en', "1 point d'accès d'API sur", '1 API-Endpunkt unter', '1 endpoint de API em', '1 endpoint API su', '1 个 API 端点，地址：', 'API エンドポイント 1 件、URL:', 'API 엔드포인트 1개, 주소:', 'Конечных точек API: 1, адрес:', 'عدد نقاط نهاية API: 1، العنوان:', '1 API एंडपॉइंट, पता:'],
  endpointsAt: ['{n} API endpoints at', '{n} endpoints de API en', "{n} points d'accès d'API sur", '{n} API-Endpunkte unter', '{n} endpoints de API em', '{n} endpoint API su', '{n} 个 API 端点，地址：', 'API エンドポイント {n} 件、URL:', 'API 엔드포인트 {n}개, 주소:', 'Конечных точек API: {n}, адрес:', 'عدد نقاط نهاية API: {n}، العنوان:', '{n} API एंडपॉइंट, पता:'],
  codeOf: ['{language} code of {name}', 'Código {language} de {name}', 'Code {language} de {name}', '{language}-Code von {name}', 'Código {language} de {name}', 'Codice {language} di {name}', '{name} 的 {language} 代码', '{name} の {language} コード', '{name}의 {language} 코드', 'Код {language} для {name}', 'شيفرة {language} لـ {name}', '{name} का {language} कोड'],
  copyCodeOf: ['Copy the {language} code of {name}', 'Copiar el código {language} de {name}', 'Copier le code {language} de {name}', '{language}-Code von {name} kopieren', 'Copiar o código {language} de {name}', 'Copia il codice {language} di {name}', '复制 {name} 的 {language} 代码', '{name} の {language} コードをコピー', '{name}의 {language} 코드 복사', 'Копировать код {language} для {name}', 'نسخ شيفرة {language} لـ {name}', '{name} का {language} कोड कॉपी करें'],
  recordedCall: ['recorded call {n} ({name})', 'llamada grabada {n} ({name})', 'appel enregistré {n} ({name})', 'aufgezeichneter Aufruf {n} ({name})', 'chamada gravada {n} ({name})', 'chiamata registrata {n} ({name})', '已录制的调用 {n}（{name}）', '記録された呼び出し {n}（{name}）', '기록된 호출 {n}({name})', 'записанный вызов {n} ({name})', 'الاستدعاء المسجّل {n} ({name})', 'रिकॉर्ड की गई कॉल {n} ({name})'],
  copyFailed: ['Could not copy to the clipboard: select the code and copy it.', 'No se pudo copiar al portapapeles: selecciona el código y cópialo.', 'Impossible de copier dans le presse-papiers : sélectionnez le code et copiez-le.', 'Kopieren in die Zwischenablage fehlgeschlagen: Markieren und kopieren Sie den Code.', 'Não foi possível copiar para a área de transferência: selecione o código e copie-o.', 'Impossibile copiare negli appunti: seleziona il codice e copialo.', '无法复制到剪贴板：请选中代码后手动复制。', 'クリップボードにコピーできませんでした。コードを選択してコピーしてください。', '클립보드에 복사할 수 없습니다. 코드를 선택해 복사하세요.', 'Не удалось скопировать в буфер обмена: выделите код и скопируйте его.', 'تعذّر النسخ إلى الحافظة: حدّد الشيفرة وانسخها.', 'क्लिपबोर्ड पर कॉपी नहीं हो सका: कोड चुनकर कॉपी करें।'],
  copiedToClipboard: ['Copied to the clipboard', 'Copiado al portapapeles', 'Copié dans le presse-papiers', 'In die Zwischenablage kopiert', 'Copiado para a área de transferência', 'Copiato negli appunti', '已复制到剪贴板', 'クリップボードにコピーしました', '클립보드에 복사됨', 'Скопировано в буфер обмена', 'تم النسخ إلى الحافظة', 'क्लिपबोर्ड पर कॉपी हो गया'],

  // Chat.
  inProgress: ['In progress', 'En curso', 'En cours', 'In Bearbeitung', 'Em andamento', 'In corso', '进行中', '処理中', '진행 중', 'Выполняется', 'قيد التنفيذ', 'प्रगति में'],
  editMessage: ['Edit message', 'Editar mensaje', 'Modifier le message', 'Nachricht bearbeiten', 'Editar mensagem', 'Modifica il messaggio', '编辑消息', 'メッセージを編集', '메시지 편집', 'Изменить сообщение', 'تعديل الرسالة', 'संदेश संपादित करें'],
  messageActions: ['Message actions', 'Acciones del mensaje', 'Actions du message', 'Nachrichtenaktionen', 'Ações da mensagem', 'Azioni del messaggio', '消息操作', 'メッセージの操作', '메시지 작업', 'Действия с сообщением', 'إجراءات الرسالة', 'संदेश क्रियाएँ'],
  replyActions: ['Reply actions', 'Acciones de la respuesta', 'Actions de la réponse', 'Antwortaktionen', 'Ações da resposta', 'Azioni della risposta', '回复操作', '返信の操作', '답변 작업', 'Действия с ответом', 'إجراءات الرد', 'जवाब क्रियाएँ'],
  copyMessage: ['Copy message', 'Copiar mensaje', 'Copier le message', 'Nachricht kopieren', 'Copiar mensagem', 'Copia il messaggio', '复制消息', 'メッセージをコピー', '메시지 복사', 'Копировать сообщение', 'نسخ الرسالة', 'संदेश कॉपी करें'],
  copiedMessage: ['Copied message', 'Mensaje copiado', 'Message copié', 'Nachricht kopiert', 'Mensagem copiada', 'Messaggio copiato', '已复制消息', 'メッセージをコピーしました', '메시지 복사됨', 'Сообщение скопировано', 'تم نسخ الرسالة', 'संदेश कॉपी हो गया'],
  retry: ['Retry', 'Reintentar', 'Réessayer', 'Erneut versuchen', 'Tentar novamente', 'Riprova', '重试', '再試行', '다시 시도', 'Повторить попытку', 'إعادة المحاولة', 'फिर से कोशिश करें'],
  undo: ['Undo', 'Deshacer', 'Annuler', 'Rückgängig', 'Desfazer', 'Annulla', '撤销', '元に戻す', '실행 취소', 'Отменить', 'تراجع', 'पूर्ववत करें'],
  edit: ['Edit', 'Editar', 'Modifier', 'Bearbeiten', 'Editar', 'Modifica', '编辑', '編集', '편집', 'Изменить', 'تعديل', 'संपादित करें'],
  like: ['Like', 'Me gusta', "J'aime", 'Gefällt mir', 'Gostei', 'Mi piace', '赞', '高評価', '좋아요', 'Нравится', 'إعجاب', 'पसंद'],
  dislike: ['Dislike', 'No me gusta', "Je n'aime pas", 'Gefällt mir nicht', 'Não gostei', 'Non mi piace', '踩', '低評価', '싫어요', 'Не нравится', 'عدم إعجاب', 'नापसंद'],
  moreFeedback: ['More feedback', 'Más opiniones', "Plus d'avis", 'Weiteres Feedback', 'Mais feedback', 'Altro feedback', '更多反馈', 'その他のフィードバック', '추가 피드백', 'Другой отзыв', 'مزيد من الملاحظات', 'और प्रतिक्रिया'],
  userAvatar: ['User avatar', 'Avatar del usuario', "Avatar de l'utilisateur", 'Avatar des Benutzers', 'Avatar do usuário', "Avatar dell'utente", '用户头像', 'ユーザーのアバター', '사용자 아바타', 'Аватар пользователя', 'الصورة الرمزية للمستخدم', 'उपयोगकर्ता अवतार'],
  botAvatar: ['Bot avatar', 'Avatar del bot', 'Avatar du bot', 'Avatar des Bots', 'Avatar do bot', 'Avatar del bot', '机器人头像', 'ボットのアバター', '봇 아바타', 'Аватар бота', 'الصورة الرمزية للبوت', 'बॉट अवतार'],
  you: ['You', 'Tú', 'Vous', 'Sie', 'Você', 'Tu', '你', 'あなた', '나', 'Вы', 'أنت', 'आप'],
  options: ['Options', 'Opciones', 'Options', 'Optionen', 'Opções', 'Opzioni', '选项', '選択肢', '옵션', 'Варианты', 'خيارات', 'विकल्प'],
  copyConversation: ['Copy conversation', 'Copiar conversación', 'Copier la conversation', 'Unterhaltung kopieren', 'Copiar conversa', 'Copia la conversazione', '复制对话', '会話をコピー', '대화 복사', 'Копировать беседу', 'نسخ المحادثة', 'बातचीत कॉपी करें'],
  copiedConversation: ['Copied conversation', 'Conversación copiada', 'Conversation copiée', 'Unterhaltung kopiert', 'Conversa copiada', 'Conversazione copiata', '已复制对话', '会話をコピーしました', '대화 복사됨', 'Беседа скопирована', 'تم نسخ المحادثة', 'बातचीत कॉपी हो गई'],
  waitingReply: ['Waiting for a reply', 'Esperando una respuesta', "En attente d'une réponse", 'Warten auf eine Antwort', 'Aguardando uma resposta', 'In attesa di una risposta', '正在等待回复', '返信を待っています', '답변을 기다리는 중', 'Ожидание ответа', 'بانتظار الرد', 'जवाब की प्रतीक्षा'],
  scrollLatest: ['Scroll to the latest message', 'Ir al último mensaje', 'Aller au dernier message', 'Zur neuesten Nachricht scrollen', 'Rolar até a última mensagem', "Scorri all'ultimo messaggio", '滚动到最新消息', '最新のメッセージへスクロール', '최신 메시지로 스크롤', 'К последнему сообщению', 'الانتقال إلى أحدث رسالة', 'नवीनतम संदेश पर जाएँ'],
  attachFiles: ['Attach files', 'Adjuntar archivos', 'Joindre des fichiers', 'Dateien anhängen', 'Anexar arquivos', 'Allega file', '附加文件', 'ファイルを添付', '파일 첨부', 'Прикрепить файлы', 'إرفاق ملفات', 'फ़ाइलें संलग्न करें'],
  attachedFiles: ['Attached files', 'Archivos adjuntos', 'Fichiers joints', 'Angehängte Dateien', 'Arquivos anexados', 'File allegati', '已附加的文件', '添付ファイル', '첨부된 파일', 'Прикреплённые файлы', 'الملفات المرفقة', 'संलग्न फ़ाइलें'],
  recordAudio: ['Record audio', 'Grabar audio', 'Enregistrer du son', 'Audio aufnehmen', 'Gravar áudio', 'Registra audio', '录音', '音声を録音', '오디오 녹음', 'Записать звук', 'تسجيل صوت', 'ऑडियो रिकॉर्ड करें'],
  waitUpload: ['Wait for the upload to finish before sending.', 'Espera a que termine la subida antes de enviar.', "Attendez la fin de l'envoi du fichier avant d'envoyer.", 'Warten Sie vor dem Senden, bis der Upload abgeschlossen ist.', 'Aguarde o envio terminar antes de mandar.', 'Attendi la fine del caricamento prima di inviare.', '请等待上传完成后再发送。', '送信する前にアップロードの完了を待ってください。', '업로드가 끝날 때까지 기다린 후 보내세요.', 'Дождитесь окончания загрузки перед отправкой.', 'انتظر اكتمال الرفع قبل الإرسال.', 'भेजने से पहले अपलोड पूरा होने दें।'],
  openingMicrophone: ['Opening the microphone…', 'Abriendo el micrófono…', 'Ouverture du microphone…', 'Mikrofon wird geöffnet…', 'Abrindo o microfone…', 'Apertura del microfono…', '正在打开麦克风…', 'マイクを起動しています…', '마이크를 여는 중…', 'Включение микрофона…', 'جارٍ فتح الميكروفون…', 'माइक्रोफ़ोन खुल रहा है…'],
  attachingRecording: ['Attaching the recording…', 'Adjuntando la grabación…', "Ajout de l'enregistrement…", 'Aufnahme wird angehängt…', 'Anexando a gravação…', 'Allegando la registrazione…', '正在附加录音…', '録音を添付しています…', '녹음을 첨부하는 중…', 'Прикрепление записи…', 'جارٍ إرفاق التسجيل…', 'रिकॉर्डिंग संलग्न हो रही है…'],
  recording: ['Recording', 'Grabando', 'Enregistrement', 'Aufnahme läuft', 'Gravando', 'Registrazione', '正在录制', '記録中', '기록 중', 'Идёт запись', 'جارٍ التسجيل', 'रिकॉर्डिंग जारी'],

  // Media.
  record: ['Record', 'Grabar', 'Enregistrer', 'Aufnehmen', 'Gravar', 'Registra', '录制', '記録', '기록', 'Записать', 'تسجيل', 'रिकॉर्ड करें'],
  stopRecording: ['Stop recording', 'Detener la grabación', "Arrêter l'enregistrement", 'Aufnahme beenden', 'Parar a gravação', 'Interrompi la registrazione', '停止录制', '記録を停止', '기록 중지', 'Остановить запись', 'إيقاف التسجيل', 'रिकॉर्डिंग रोकें'],
  pause: ['Pause', 'Pausar', 'Pause', 'Pause', 'Pausar', 'Pausa', '暂停', '一時停止', '일시 정지', 'Пауза', 'إيقاف مؤقت', 'विराम'],
  play: ['Play', 'Reproducir', 'Lecture', 'Abspielen', 'Reproduzir', 'Riproduci', '播放', '再生', '재생', 'Воспроизвести', 'تشغيل', 'चलाएँ'],
  resume: ['Resume', 'Reanudar', 'Reprendre', 'Fortsetzen', 'Retomar', 'Riprendi', '继续', '再開', '재개', 'Продолжить', 'استئناف', 'फिर शुरू करें'],
  recordedTime: ['Recorded time', 'Tiempo grabado', 'Durée enregistrée', 'Aufnahmedauer', 'Tempo gravado', 'Tempo registrato', '已录制时长', '記録時間', '기록 시간', 'Время записи', 'مدة التسجيل', 'रिकॉर्ड किया गया समय'],
  streamedTime: ['Streamed time', 'Tiempo transmitido', 'Durée diffusée', 'Übertragene Zeit', 'Tempo transmitido', 'Tempo trasmesso', '已推流时长', '配信時間', '스트리밍 시간', 'Время трансляции', 'مدة البث', 'स्ट्रीम किया गया समय'],
  startStreaming: ['Start streaming', 'Iniciar transmisión', 'Démarrer la diffusion', 'Streaming starten', 'Iniciar transmissão', 'Avvia lo streaming', '开始推流', '配信を開始', '스트리밍 시작', 'Начать трансляцию', 'بدء البث', 'स्ट्रीमिंग शुरू करें'],
  stopStreaming: ['Stop streaming', 'Detener transmisión', 'Arrêter la diffusion', 'Streaming beenden', 'Parar transmissão', 'Interrompi lo streaming', '停止推流', '配信を停止', '스트리밍 중지', 'Остановить трансляцию', 'إيقاف البث', 'स्ट्रीमिंग रोकें'],
  trim: ['Trim', 'Recortar', 'Couper', 'Zuschneiden', 'Cortar', 'Taglia', '裁剪', 'トリミング', '자르기', 'Обрезать', 'قص', 'ट्रिम करें'],
  cancel: ['Cancel', 'Cancelar', 'Annuler', 'Abbrechen', 'Cancelar', 'Annulla', '取消', 'キャンセル', '취소', 'Отмена', 'إلغاء', 'रद्द करें'],
  position: ['Position', 'Posición', 'Position', 'Position', 'Posição', 'Posizione', '位置', '再生位置', '위치', 'Позиция', 'الموضع', 'स्थिति'],
  backSeconds: ['Back {n} seconds', 'Retroceder {n} segundos', 'Reculer de {n} secondes', '{n} Sekunden zurück', 'Voltar {n} segundos', 'Indietro di {n} secondi', '后退 {n} 秒', '{n} 秒戻る', '{n}초 뒤로', 'Назад на {n} с', 'الرجوع {n} ثانية', '{n} सेकंड पीछे'],
  forwardSeconds: ['Forward {n} seconds', 'Avanzar {n} segundos', 'Avancer de {n} secondes', '{n} Sekunden vor', 'Avançar {n} segundos', 'Avanti di {n} secondi', '前进 {n} 秒', '{n} 秒進む', '{n}초 앞으로', 'Вперёд на {n} с', 'التقدّم {n} ثانية', '{n} सेकंड आगे'],
  uploadFile: ['Upload file', 'Subir archivo', 'Envoyer un fichier', 'Datei hochladen', 'Enviar arquivo', 'Carica file', '上传文件', 'ファイルをアップロード', '파일 업로드', 'Загрузить файл', 'رفع ملف', 'फ़ाइल अपलोड करें'],
  recordMicrophone: ['Record from microphone', 'Grabar con el micrófono', 'Enregistrer avec le microphone', 'Mit dem Mikrofon aufnehmen', 'Gravar com o microfone', 'Registra dal microfono', '用麦克风录音', 'マイクで録音', '마이크로 녹음', 'Записать с микрофона', 'التسجيل من الميكروفون', 'माइक्रोफ़ोन से रिकॉर्ड करें'],
  recordWebcam: ['Record from webcam', 'Grabar con la webcam', 'Enregistrer avec la webcam', 'Mit der Webcam aufnehmen', 'Gravar com a webcam', 'Registra dalla webcam', '用摄像头录制', 'Web カメラで録画', '웹캠으로 녹화', 'Записать с веб-камеры', 'التسجيل من كاميرا الويب', 'वेबकैम से रिकॉर्ड करें'],
  audioSource: ['Audio source', 'Fuente de audio', 'Source audio', 'Audioquelle', 'Fonte de áudio', 'Sorgente audio', '音频来源', '音声の入力元', '오디오 소스', 'Источник звука', 'مصدر الصوت', 'ऑडियो स्रोत'],
  videoSource: ['Video source', 'Fuente de vídeo', 'Source vidéo', 'Videoquelle', 'Fonte de vídeo', 'Sorgente video', '视频来源', '動画の入力元', '비디오 소스', 'Источник видео', 'مصدر الفيديو', 'वीडियो स्रोत'],
  sourcesOf: ['{name} sources', 'Fuentes de {name}', 'Sources de {name}', 'Quellen für {name}', 'Fontes de {name}', 'Sorgenti di {name}', '{name} 来源', '{name} の入力元', '{name} 소스', 'Источники: {name}', 'مصادر {name}', '{name} के स्रोत'],
  nothingRecorded: ['Nothing was recorded.', 'No se grabó nada.', "Rien n'a été enregistré.", 'Es wurde nichts aufgenommen.', 'Nada foi gravado.', 'Non è stato registrato nulla.', '没有录制到任何内容。', '何も記録されませんでした。', '기록된 내용이 없습니다.', 'Ничего не записано.', 'لم يُسجَّل شيء.', 'कुछ भी रिकॉर्ड नहीं हुआ।'],
  openCamera: ['Open camera', 'Abrir cámara', 'Ouvrir la caméra', 'Kamera öffnen', 'Abrir câmera', 'Apri la fotocamera', '打开摄像头', 'カメラを開く', '카메라 열기', 'Открыть камеру', 'فتح الكاميرا', 'कैमरा खोलें'],
  cameraPreview: ['Camera preview', 'Vista previa de la cámara', 'Aperçu de la caméra', 'Kameravorschau', 'Pré-visualização da câmera', 'Anteprima della fotocamera', '摄像头预览', 'カメラのプレビュー', '카메라 미리보기', 'Предпросмотр камеры', 'معاينة الكاميرا', 'कैमरा पूर्वावलोकन'],
  subtitles: ['Subtitles', 'Subtítulos', 'Sous-titres', 'Untertitel', 'Legendas', 'Sottotitoli', '字幕', '字幕', '자막', 'Субтитры', 'الترجمة المرئية', 'उपशीर्षक'],
  takePhoto: ['Take a photo', 'Tomar una foto', 'Prendre une photo', 'Foto aufnehmen', 'Tirar uma foto', 'Scatta una foto', '拍照', '写真を撮る', '사진 찍기', 'Сделать снимок', 'التقاط صورة', 'फ़ोटो लें'],
  camera: ['Camera', 'Cámara', 'Caméra', 'Kamera', 'Câmera', 'Fotocamera', '摄像头', 'カメラ', '카메라', 'Камера', 'الكاميرا', 'कैमरा'],
  openingCamera: ['Opening the camera…', 'Abriendo la cámara…', 'Ouverture de la caméra…', 'Kamera wird geöffnet…', 'Abrindo a câmera…', 'Apertura della fotocamera…', '正在打开摄像头…', 'カメラを起動しています…', '카메라를 여는 중…', 'Включение камеры…', 'جارٍ فتح الكاميرا…', 'कैमरा खुल रहा है…'],
  accessWebcam: ['Click to Access Webcam', 'Haz clic para usar la webcam', 'Cliquez pour accéder à la webcam', 'Klicken, um die Webcam zu nutzen', 'Clique para acessar a webcam', 'Fai clic per usare la webcam', '点击使用摄像头', 'クリックして Web カメラを使用', '클릭하여 웹캠 사용', 'Нажмите, чтобы включить веб-камеру', 'انقر للوصول إلى كاميرا الويب', 'वेबकैम के लिए क्लिक करें'],
  webcam: ['Webcam', 'Webcam', 'Webcam', 'Webcam', 'Webcam', 'Webcam', '摄像头', 'Web カメラ', '웹캠', 'Веб-камера', 'كاميرا الويب', 'वेबकैम'],
  pasteClipboard: ['Paste from clipboard', 'Pegar del portapapeles', 'Coller depuis le presse-papiers', 'Aus der Zwischenablage einfügen', 'Colar da área de transferência', 'Incolla dagli appunti', '从剪贴板粘贴', 'クリップボードから貼り付け', '클립보드에서 붙여넣기', 'Вставить из буфера обмена', 'اللصق من الحافظة', 'क्लिपबोर्ड से चिपकाएँ'],
  imageNotLoaded: ['The image could not be loaded: {url}', 'No se pudo cargar la imagen: {url}', "Impossible de charger l'image : {url}", 'Das Bild konnte nicht geladen werden: {url}', 'Não foi possível carregar a imagem: {url}', "Impossibile caricare l'immagine: {url}", '无法加载图片：{url}', '画像を読み込めませんでした: {url}', '이미지를 불러올 수 없습니다: {url}', 'Не удалось загрузить изображение: {url}', 'تعذّر تحميل الصورة: {url}', 'छवि लोड नहीं हो सकी: {url}'],
  imageUrlRefused: ["The image's URL is not allowed.", 'La URL de la imagen no está permitida.', "L'URL de l'image n'est pas autorisée.", 'Die URL des Bildes ist nicht erlaubt.', 'A URL da imagem não é permitida.', "L'URL dell'immagine non è consentito.", '不允许使用此图片的 URL。', 'この画像の URL は許可されていません。', '이 이미지의 URL은 허용되지 않습니다.', 'URL изображения не разрешён.', 'عنوان URL للصورة غير مسموح به.', 'छवि का URL अनुमत नहीं है।'],
  leftImageNotLoaded: ['The left image could not be loaded: {url}', 'No se pudo cargar la imagen izquierda: {url}', "Impossible de charger l'image de gauche : {url}", 'Das linke Bild konnte nicht geladen werden: {url}', 'Não foi possível carregar a imagem da esquerda: {url}', "Impossibile caricare l'immagine di sinistra: {url}", '无法加载左侧图片：{url}', '左の画像を読み込めませんでした: {url}', '왼쪽 이미지를 불러올 수 없습니다: {url}', 'Не удалось загрузить левое изображение: {url}', 'تعذّر تحميل الصورة اليسرى: {url}', 'बाईं छवि लोड नहीं हो सकी: {url}'],
  rightImageNotLoaded: ['The right image could not be loaded: {url}', 'No se pudo cargar la imagen derecha: {url}', "Impossible de charger l'image de droite : {url}", 'Das rechte Bild konnte nicht geladen werden: {url}', 'Não foi possível carregar a imagem da direita: {url}', "Impossibile caricare l'immagine di destra: {url}", '无法加载右侧图片：{url}', '右の画像を読み込めませんでした: {url}', '오른쪽 이미지를 불러올 수 없습니다: {url}', 'Не удалось загрузить правое изображение: {url}', 'تعذّر تحميل الصورة اليمنى: {url}', 'दाईं छवि लोड नहीं हो सकी: {url}'],
  leftImageUrlRefused: ["The left image's URL is not allowed.", 'La URL de la imagen izquierda no está permitida.', "L'URL de l'image de gauche n'est pas autorisée.", 'Die URL des linken Bildes ist nicht erlaubt.', 'A URL da imagem da esquerda não é permitida.', "L'URL dell'immagine di sinistra non è consentito.", '不允许使用左侧图片的 URL。', '左の画像の URL は許可されていません。', '왼쪽 이미지의 URL은 허용되지 않습니다.', 'URL левого изображения не разрешён.', 'عنوان URL للصورة اليسرى غير مسموح به.', 'बाईं छवि का URL अनुमत नहीं है।'],
  rightImageUrlRefused: ["The right image's URL is not allowed.", 'La URL de la imagen derecha no está permitida.', "L'URL de l'image de droite n'est pas autorisée.", 'Die URL des rechten Bildes ist nicht erlaubt.', 'A URL da imagem da direita não é permitida.', "L'URL dell'immagine di destra non è consentito.", '不允许使用右侧图片的 URL。', '右の画像の URL は許可されていません。', '오른쪽 이미지의 URL은 허용되지 않습니다.', 'URL правого изображения не разрешён.', 'عنوان URL للصورة اليمنى غير مسموح به.', 'दाईं छवि का URL अनुमत नहीं है।'],
  streamingFrames: ['Streaming: {n} frames sent', 'Transmitiendo: {n} fotogramas enviados', 'Diffusion : {n} images envoyées', 'Streaming: {n} Bilder gesendet', 'Transmitindo: {n} quadros enviados', 'Streaming: {n} fotogrammi inviati', '推流中：已发送 {n} 帧', '配信中: {n} フレーム送信済み', '스트리밍 중: {n}프레임 전송됨', 'Трансляция: отправлено кадров: {n}', 'جارٍ البث: أُرسلت إطارات عددها {n}', 'स्ट्रीमिंग: {n} फ़्रेम भेजे गए'],
  stoppedAfterFrames: ['Stopped after {n} frames', 'Detenido tras {n} fotogramas', 'Arrêté après {n} images', 'Nach {n} Bildern gestoppt', 'Parado após {n} quadros', 'Interrotto dopo {n} fotogrammi', '发送 {n} 帧后已停止', '{n} フレームで停止しました', '{n}프레임 후 중지됨', 'Остановлено, отправлено кадров: {n}', 'توقّف بعد إطارات عددها {n}', '{n} फ़्रेम के बाद रुका'],
  streamingStopped: ['Streaming stopped: {reason}', 'La transmisión se detuvo: {reason}', 'Diffusion arrêtée : {reason}', 'Streaming beendet: {reason}', 'A transmissão parou: {reason}', 'Streaming interrotto: {reason}', '推流已停止：{reason}', '配信が停止しました: {reason}', '스트리밍이 중지됨: {reason}', 'Трансляция остановлена: {reason}', 'توقّف البث: {reason}', 'स्ट्रीमिंग रुक गई: {reason}'],
  addFiles: ['Add files', 'Añadir archivos', 'Ajouter des fichiers', 'Dateien hinzufügen', 'Adicionar arquivos', 'Aggiungi file', '添加文件', 'ファイルを追加', '파일 추가', 'Добавить файлы', 'إضافة ملفات', 'फ़ाइलें जोड़ें'],
  closePreview: ['Close preview', 'Cerrar vista previa', "Fermer l'aperçu", 'Vorschau schließen', 'Fechar pré-visualização', "Chiudi l'anteprima", '关闭预览', 'プレビューを閉じる', '미리보기 닫기', 'Закрыть просмотр', 'إغلاق المعاينة', 'पूर्वावलोकन बंद करें'],
  previousItem: ['Previous item', 'Elemento anterior', 'Élément précédent', 'Vorheriges Element', 'Item anterior', 'Elemento precedente', '上一项', '前の項目', '이전 항목', 'Предыдущий элемент', 'العنصر السابق', 'पिछला आइटम'],
  nextItem: ['Next item', 'Elemento siguiente', 'Élément suivant', 'Nächstes Element', 'Próximo item', 'Elemento successivo', '下一项', '次の項目', '다음 항목', 'Следующий элемент', 'العنصر التالي', 'अगला आइटम'],
  imageOf: ['Image {n} of {count}', 'Imagen {n} de {count}', 'Image {n} sur {count}', 'Bild {n} von {count}', 'Imagem {n} de {count}', 'Immagine {n} di {count}', '图片 {n}/{count}', '画像 {n}/{count}', '이미지 {n}/{count}', 'Изображение {n} из {count}', 'الصورة {n} من {count}', 'छवि {n} / {count}'],
  videoOf: ['Video {n} of {count}', 'Vídeo {n} de {count}', 'Vidéo {n} sur {count}', 'Video {n} von {count}', 'Vídeo {n} de {count}', 'Video {n} di {count}', '视频 {n}/{count}', '動画 {n}/{count}', '동영상 {n}/{count}', 'Видео {n} из {count}', 'الفيديو {n} من {count}', 'वीडियो {n} / {count}'],
  itemOf: ['Item {n} of {count}', 'Elemento {n} de {count}', 'Élément {n} sur {count}', 'Element {n} von {count}', 'Item {n} de {count}', 'Elemento {n} di {count}', '项目 {n}/{count}', '項目 {n}/{count}', '항목 {n}/{count}', 'Элемент {n} из {count}', 'العنصر {n} من {count}', 'आइटम {n} / {count}'],
  notMedia: ['This item is not an image or a video.', 'Este elemento no es una imagen ni un vídeo.', "Cet élément n'est ni une image ni une vidéo.", 'Dieses Element ist weder ein Bild noch ein Video.', 'Este item não é uma imagem nem um vídeo.', "Questo elemento non è un'immagine né un video.", '此项既不是图片也不是视频。', 'この項目は画像でも動画でもありません。', '이 항목은 이미지나 동영상이 아닙니다.', 'Этот элемент не является ни изображением, ни видео.', 'هذا العنصر ليس صورة ولا فيديو.', 'यह आइटम न छवि है न वीडियो।'],
  removeName: ['Remove {name}', 'Quitar {name}', 'Retirer {name}', '{name} entfernen', 'Remover {name}', 'Rimuovi {name}', '移除 {name}', '{name} を削除', '{name} 제거', 'Удалить {name}', 'إزالة {name}', '{name} हटाएँ'],
  remove: ['Remove', 'Quitar', 'Retirer', 'Entfernen', 'Remover', 'Rimuovi', '移除', '削除', '제거', 'Удалить', 'إزالة', 'हटाएँ'],
  size: ['Size', 'Tamaño', 'Taille', 'Größe', 'Tamanho', 'Dimensione', '大小', 'サイズ', '크기', 'Размер', 'الحجم', 'आकार'],
  linkNotAllowed: ['Link not allowed', 'Enlace no permitido', 'Lien non autorisé', 'Link nicht erlaubt', 'Link não permitido', 'Link non consentito', '不允许的链接', '許可されていないリンク', '허용되지 않는 링크', 'Ссылка запрещена', 'رابط غير مسموح به', 'लिंक की अनुमति नहीं'],
  notAvailable: ['Not available', 'No disponible', 'Indisponible', 'Nicht verfügbar', 'Indisponível', 'Non disponibile', '不可用', '利用できません', '사용할 수 없음', 'Недоступно', 'غير متاح', 'उपलब्ध नहीं'],
  dropAudio: ['Drop Audio Here', 'Suelta el audio aquí', "Déposez l'audio ici", 'Audio hier ablegen', 'Solte o áudio aqui', "Trascina qui l'audio", '将音频拖放到此处', 'ここに音声をドロップ', '여기에 오디오를 놓으세요', 'Перетащите аудио сюда', 'أفلت الصوت هنا', 'ऑडियो यहाँ छोड़ें'],
  dropVideo: ['Drop Video Here', 'Suelta el vídeo aquí', 'Déposez la vidéo ici', 'Video hier ablegen', 'Solte o vídeo aqui', 'Trascina qui il video', '将视频拖放到此处', 'ここに動画をドロップ', '여기에 동영상을 놓으세요', 'Перетащите видео сюда', 'أفلت الفيديو هنا', 'वीडियो यहाँ छोड़ें'],
  dropImage: ['Drop Image Here', 'Suelta la imagen aquí', "Déposez l'image ici", 'Bild hier ablegen', 'Solte a imagem aqui', "Trascina qui l'immagine", '将图片拖放到此处', 'ここに画像をドロップ', '여기에 이미지를 놓으세요', 'Перетащите изображение сюда', 'أفلت الصورة هنا', 'छवि यहाँ छोड़ें'],
  dropLeftImage: ['Drop Left Image Here', 'Suelta aquí la imagen izquierda', "Déposez l'image de gauche ici", 'Linkes Bild hier ablegen', 'Solte aqui a imagem da esquerda', "Trascina qui l'immagine di sinistra", '将左侧图片拖放到此处', 'ここに左の画像をドロップ', '여기에 왼쪽 이미지를 놓으세요', 'Перетащите сюда левое изображение', 'أفلت الصورة اليسرى هنا', 'बाईं छवि यहाँ छोड़ें'],
  dropRightImage: ['Drop Right Image Here', 'Suelta aquí la imagen derecha', "Déposez l'image de droite ici", 'Rechtes Bild hier ablegen', 'Solte aqui a imagem da direita', "Trascina qui l'immagine di destra", '将右侧图片拖放到此处', 'ここに右の画像をドロップ', '여기에 오른쪽 이미지를 놓으세요', 'Перетащите сюда правое изображение', 'أفلت الصورة اليمنى هنا', 'दाईं छवि यहाँ छोड़ें'],
  dropMedia: ['Drop Media Here', 'Suelta los archivos multimedia aquí', 'Déposez les médias ici', 'Medien hier ablegen', 'Solte as mídias aqui', 'Trascina qui i contenuti multimediali', '将媒体文件拖放到此处', 'ここにメディアをドロップ', '여기에 미디어를 놓으세요', 'Перетащите медиафайлы сюда', 'أفلت الوسائط هنا', 'मीडिया यहाँ छोड़ें'],
  dropFileHere: ['Drop File Here', 'Suelta el archivo aquí', 'Déposez le fichier ici', 'Datei hier ablegen', 'Solte o arquivo aqui', 'Trascina qui il file', '将文件拖放到此处', 'ここにファイルをドロップ', '여기에 파일을 놓으세요', 'Перетащите файл сюда', 'أفلت الملف هنا', 'फ़ाइल यहाँ छोड़ें'],
  dropFolder: ['Drop Folder Here', 'Suelta la carpeta aquí', 'Déposez le dossier ici', 'Ordner hier ablegen', 'Solte a pasta aqui', 'Trascina qui la cartella', '将文件夹拖放到此处', 'ここにフォルダーをドロップ', '여기에 폴더를 놓으세요', 'Перетащите папку сюда', 'أفلت المجلد هنا', 'फ़ोल्डर यहाँ छोड़ें'],
  dropModel: ['Drop a 3D model here', 'Suelta un modelo 3D aquí', 'Déposez un modèle 3D ici', '3D-Modell hier ablegen', 'Solte um modelo 3D aqui', 'Trascina qui un modello 3D', '将 3D 模型拖放到此处', 'ここに 3D モデルをドロップ', '여기에 3D 모델을 놓으세요', 'Перетащите 3D-модель сюда', 'أفلت نموذجًا ثلاثي الأبعاد هنا', '3D मॉडल यहाँ छोड़ें'],
  trimStart: ['Start (s)', 'Inicio (s)', 'Début (s)', 'Anfang (s)', 'Início (s)', 'Inizio (s)', '开始（秒）', '開始（秒）', '시작(초)', 'Начало (с)', 'البداية (ث)', 'शुरुआत (से.)'],
  trimEnd: ['End (s)', 'Fin (s)', 'Fin (s)', 'Ende (s)', 'Fim (s)', 'Fine (s)', '结束（秒）', '終了（秒）', '끝(초)', 'Конец (с)', 'النهاية (ث)', 'अंत (से.)'],
  timeOf: ['{time} of {total}', '{time} de {total}', '{time} sur {total}', '{time} von {total}', '{time} de {total}', '{time} di {total}', '{time} / {total}', '{time} / {total}', '{time} / {total}', '{time} из {total}', '{time} من {total}', '{time} / {total}'],
  imageUrlNotShown: [
    "This image's URL is not allowed (only http, https, blob and image data URLs are shown).",
    'La URL de esta imagen no está permitida (solo se muestran URL http, https, blob y data de imagen).',
    "L'URL de cette image n'est pas autorisée (seules les URL http, https, blob et data d'image sont affichées).",
    'Die URL dieses Bildes ist nicht erlaubt (nur http-, https-, blob- und Bild-data-URLs werden angezeigt).',
    'A URL desta imagem não é permitida (só são mostradas URLs http, https, blob e data de imagem).',
    "L'URL di questa immagine non è consentito (sono mostrati solo URL http, https, blob e data di immagini).",
    '不允许使用此图片的 URL（只显示 http、https、blob 和图片 data URL）。',
    'この画像の URL は許可されていません（表示されるのは http、https、blob、画像の data URL のみです）。',
    '이 이미지의 URL은 허용되지 않습니다(http, https, blob, 이미지 data URL만 표시됩니다).',
    'URL этого изображения не разрешён (показываются только URL http, https, blob и data-URL изображений).',
    'عنوان URL لهذه الصورة غير مسموح به (تُعرض فقط عناوين http وhttps وblob وdata للصور).',
    'इस छवि का URL अनुमत नहीं है (केवल http, https, blob और छवि data URL दिखाए जाते हैं)।',
  ],
  cameraView: ['{name}: camera view', '{name}: vista de la cámara', '{name} : vue de la caméra', '{name}: Kameraansicht', '{name}: visualização da câmera', '{name}: vista della fotocamera', '{name}：摄像头画面', '{name}: カメラの映像', '{name}: 카메라 화면', '{name}: изображение с камеры', '{name}: عرض الكاميرا', '{name}: कैमरा दृश्य'],
  resetView: ['Reset view', 'Restablecer vista', 'Réinitialiser la vue', 'Ansicht zurücksetzen', 'Redefinir visualização', 'Ripristina la vista', '重置视图', '表示をリセット', '보기 재설정', 'Сбросить вид', 'إعادة ضبط العرض', 'दृश्य रीसेट करें'],


  // Status, toasts, display elements.
  showTypeMessages: ['Show {type} messages', 'Mostrar mensajes: {type}', 'Afficher les messages : {type}', 'Meldungen anzeigen: {type}', 'Mostrar mensagens: {type}', 'Mostra i messaggi: {type}', '显示消息：{type}', 'メッセージを表示: {type}', '메시지 표시: {type}', 'Показать сообщения: {type}', 'إظهار الرسائل: {type}', 'संदेश दिखाएँ: {type}'],
  hideTypeMessages: ['Hide {type} messages', 'Ocultar mensajes: {type}', 'Masquer les messages : {type}', 'Meldungen ausblenden: {type}', 'Ocultar mensagens: {type}', 'Nascondi i messaggi: {type}', '隐藏消息：{type}', 'メッセージを隠す: {type}', '메시지 숨기기: {type}', 'Скрыть сообщения: {type}', 'إخفاء الرسائل: {type}', 'संदेश छिपाएँ: {type}'],
  closeTypeMessages: ['Close {type} messages', 'Cerrar mensajes: {type}', 'Fermer les messages : {type}', 'Meldungen schließen: {type}', 'Fechar mensagens: {type}', 'Chiudi i messaggi: {type}', '关闭消息：{type}', 'メッセージを閉じる: {type}', '메시지 닫기: {type}', 'Закрыть сообщения: {type}', 'إغلاق الرسائل: {type}', 'संदेश बंद करें: {type}'],
  oneItem: ['1 item', '1 elemento', '1 élément', '1 Element', '1 item', '1 elemento', '1 项', '1 項目', '항목 1개', 'элементов: 1', 'عناصر: 1', '1 आइटम'],
  itemCount: ['{n} items', '{n} elementos', '{n} éléments', '{n} Elemente', '{n} itens', '{n} elementi', '{n} 项', '{n} 項目', '항목 {n}개', 'элементов: {n}', 'عناصر: {n}', '{n} आइटम'],
  linePlot: ['Line plot', 'Gráfico de líneas', 'Graphique en courbes', 'Liniendiagramm', 'Gráfico de linhas', 'Grafico a linee', '折线图', '折れ線グラフ', '선 그래프', 'Линейный график', 'مخطط خطي', 'लाइन चार्ट'],
  barPlot: ['Bar plot', 'Gráfico de barras', 'Graphique en barres', 'Balkendiagramm', 'Gráfico de barras', 'Grafico a barre', '柱状图', '棒グラフ', '막대 그래프', 'Столбчатая диаграмма', 'مخطط شريطي', 'बार चार्ट'],
  scatterPlot: ['Scatter plot', 'Gráfico de dispersión', 'Nuage de points', 'Streudiagramm', 'Gráfico de dispersão', 'Grafico a dispersione', '散点图', '散布図', '산점도', 'Точечная диаграмма', 'مخطط مبعثر', 'स्कैटर चार्ट'],
  plotOf: ['{kind} of {y} by {x}, {n} rows.', '{kind} de {y} por {x}, {n} filas.', '{kind} de {y} par {x}, {n} lignes.', '{kind} von {y} nach {x}, {n} Zeilen.', '{kind} de {y} por {x}, {n} linhas.', '{kind} di {y} per {x}, {n} righe.', '{kind}：按 {x} 显示 {y}，{n} 行。', '{kind}: {x} ごとの {y}、{n} 行。', '{kind}: {x}별 {y}, {n}행.', '{kind}: {y} по {x}, строк: {n}.', '{kind} لـ {y} حسب {x}، عدد الصفوف: {n}.', '{kind}: {x} के अनुसार {y}, {n} पंक्तियाँ।'],
  plotOfColor: ['{kind} of {y} by {x} and {color}, {n} rows.', '{kind} de {y} por {x} y {color}, {n} filas.', '{kind} de {y} par {x} et {color}, {n} lignes.', '{kind} von {y} nach {x} und {color}, {n} Zeilen.', '{kind} de {y} por {x} e {color}, {n} linhas.', '{kind} di {y} per {x} e {color}, {n} righe.', '{kind}：按 {x} 和 {color} 显示 {y}，{n} 行。', '{kind}: {x} と {color} ごとの {y}、{n} 行。', '{kind}: {x} 및 {color}별 {y}, {n}행.', '{kind}: {y} по {x} и {color}, строк: {n}.', '{kind} لـ {y} حسب {x} و{color}، عدد الصفوف: {n}.', '{kind}: {x} और {color} के अनुसार {y}, {n} पंक्तियाँ।'],
  labelFor: ['Label for "{token}"', 'Etiqueta de "{token}"', 'Libellé de « {token} »', 'Bezeichnung für „{token}“', 'Rótulo de "{token}"', 'Etichetta di "{token}"', '“{token}”的标签', '「{token}」のラベル', '"{token}"의 레이블', 'Метка для «{token}»', 'تسمية "{token}"', '"{token}" का लेबल'],
  removeLabelFrom: ['Remove label {label} from "{token}"', 'Quitar la etiqueta {label} de "{token}"', 'Retirer le libellé {label} de « {token} »', 'Bezeichnung {label} von „{token}“ entfernen', 'Remover o rótulo {label} de "{token}"', 'Rimuovi l\'etichetta {label} da "{token}"', '移除“{token}”的标签 {label}', '「{token}」からラベル {label} を削除', '"{token}"에서 레이블 {label} 제거', 'Убрать метку {label} у «{token}»', 'إزالة التسمية {label} من "{token}"', '"{token}" से लेबल {label} हटाएँ'],
  speakerOfLine: ['Speaker of line {n}', 'Hablante de la línea {n}', 'Locuteur de la ligne {n}', 'Sprecher von Zeile {n}', 'Falante da linha {n}', 'Interlocutore della riga {n}', '第 {n} 行的说话人', '{n} 行目の話者', '{n}번 줄의 화자', 'Говорящий в строке {n}', 'متحدث السطر {n}', 'पंक्ति {n} का वक्ता'],
  textOfLine: ['Text of line {n}', 'Texto de la línea {n}', 'Texte de la ligne {n}', 'Text von Zeile {n}', 'Texto da linha {n}', 'Testo della riga {n}', '第 {n} 行的文本', '{n} 行目のテキスト', '{n}번 줄의 텍스트', 'Текст строки {n}', 'نص السطر {n}', 'पंक्ति {n} का टेक्स्ट'],
  removeLine: ['Remove line {n}', 'Quitar la línea {n}', 'Retirer la ligne {n}', 'Zeile {n} entfernen', 'Remover a linha {n}', 'Rimuovi la riga {n}', '移除第 {n} 行', '{n} 行目を削除', '{n}번 줄 제거', 'Удалить строку {n}', 'إزالة السطر {n}', 'पंक्ति {n} हटाएँ'],
  sentFile: ['Sent a file: {name}', 'Envió un archivo: {name}', 'A envoyé un fichier : {name}', 'Hat eine Datei gesendet: {name}', 'Enviou um arquivo: {name}', 'Ha inviato un file: {name}', '发送了文件：{name}', 'ファイルを送信しました: {name}', '파일을 보냈습니다: {name}', 'Отправлен файл: {name}', 'أرسل ملفًا: {name}', 'फ़ाइल भेजी: {name}'],
  movedTo: ['Moved to position {n} of {count}', 'Movido a la posición {n} de {count}', 'Déplacé en position {n} sur {count}', 'An Position {n} von {count} verschoben', 'Movido para a posição {n} de {count}', 'Spostato in posizione {n} di {count}', '已移到第 {n} 位，共 {count} 位', '{count} 件中 {n} 番目に移動しました', '{count}개 중 {n}번째로 이동함', 'Перемещено на позицию {n} из {count}', 'نُقل إلى الموضع {n} من {count}', '{count} में से स्थान {n} पर ले जाया गया'],
  exportPng: ['Export as PNG', 'Exportar como PNG', 'Exporter en PNG', 'Als PNG exportieren', 'Exportar como PNG', 'Esporta come PNG', '导出为 PNG', 'PNG として書き出す', 'PNG로 내보내기', 'Экспортировать в PNG', 'تصدير بصيغة PNG', 'PNG के रूप में निर्यात करें'],
  scoreScale: ['Score scale from -1 to +1', 'Escala de puntuación de -1 a +1', 'Échelle de score de -1 à +1', 'Werteskala von -1 bis +1', 'Escala de pontuação de -1 a +1', 'Scala di punteggio da -1 a +1', '分数范围 -1 到 +1', 'スコアの範囲 -1〜+1', '점수 범위 -1 ~ +1', 'Шкала оценок от -1 до +1', 'مقياس الدرجات من ‎-1 إلى ‎+1', 'स्कोर पैमाना -1 से +1'],


  // Image editor.
  uploadBackground: ['Upload background image', 'Subir imagen de fondo', "Envoyer une image d'arrière-plan", 'Hintergrundbild hochladen', 'Enviar imagem de fundo', "Carica l'immagine di sfondo", '上传背景图片', '背景画像をアップロード', '배경 이미지 업로드', 'Загрузить фоновое изображение', 'رفع صورة الخلفية', 'पृष्ठभूमि छवि अपलोड करें'],
  pasteBackground: ['Paste background from clipboard', 'Pegar fondo del portapapeles', "Coller l'arrière-plan depuis le presse-papiers", 'Hintergrund aus der Zwischenablage einfügen', 'Colar fundo da área de transferência', 'Incolla lo sfondo dagli appunti', '从剪贴板粘贴背景', 'クリップボードから背景を貼り付け', '클립보드에서 배경 붙여넣기', 'Вставить фон из буфера обмена', 'لصق الخلفية من الحافظة', 'क्लिपबोर्ड से पृष्ठभूमि चिपकाएँ'],
  webcamBackground: ['Background from webcam', 'Fondo desde la webcam', 'Arrière-plan depuis la webcam', 'Hintergrund von der Webcam', 'Fundo da webcam', 'Sfondo dalla webcam', '用摄像头拍摄背景', 'Web カメラで背景を撮影', '웹캠으로 배경 촬영', 'Фон с веб-камеры', 'الخلفية من كاميرا الويب', 'वेबकैम से पृष्ठभूमि'],
  brush: ['Brush', 'Pincel', 'Pinceau', 'Pinsel', 'Pincel', 'Pennello', '画笔', 'ブラシ', '브러시', 'Кисть', 'الفرشاة', 'ब्रश'],
  eraser: ['Eraser', 'Borrador', 'Gomme', 'Radierer', 'Borracha', 'Gomma', '橡皮擦', '消しゴム', '지우개', 'Ластик', 'الممحاة', 'इरेज़र'],
  pan: ['Pan', 'Desplazar', 'Déplacer', 'Verschieben', 'Mover', 'Sposta', '平移', 'パン', '이동', 'Перемещение', 'تحريك', 'खिसकाएँ'],
  crop: ['Crop', 'Recortar', 'Rogner', 'Zuschneiden', 'Recortar', 'Ritaglia', '裁剪', '切り抜き', '자르기', 'Обрезать', 'اقتصاص', 'क्रॉप करें'],
  resizeCanvas: ['Resize canvas', 'Cambiar tamaño del lienzo', 'Redimensionner le canevas', 'Leinwandgröße ändern', 'Redimensionar a tela', 'Ridimensiona la tela', '调整画布大小', 'キャンバスのサイズを変更', '캔버스 크기 조정', 'Изменить размер холста', 'تغيير حجم اللوحة', 'कैनवास का आकार बदलें'],
  redo: ['Redo', 'Rehacer', 'Rétablir', 'Wiederholen', 'Refazer', 'Ripeti', '重做', 'やり直す', '다시 실행', 'Вернуть', 'إعادة', 'फिर से करें'],
  zoomOut: ['Zoom out', 'Alejar', 'Zoom arrière', 'Verkleinern', 'Diminuir zoom', 'Riduci', '缩小', '縮小', '축소', 'Уменьшить', 'تصغير', 'ज़ूम आउट'],
  zoomIn: ['Zoom in', 'Acercar', 'Zoom avant', 'Vergrößern', 'Aumentar zoom', 'Ingrandisci', '放大', '拡大', '확대', 'Увеличить', 'تكبير', 'ज़ूम इन'],
  fitFrame: ['Fit to frame', 'Ajustar al marco', 'Ajuster au cadre', 'An Rahmen anpassen', 'Ajustar ao quadro', 'Adatta alla cornice', '适应画框', '枠に合わせる', '프레임에 맞추기', 'По размеру рамки', 'ملاءمة الإطار', 'फ़्रेम में फ़िट करें'],
  clearCanvas: ['Clear canvas', 'Borrar el lienzo', 'Effacer le canevas', 'Leinwand leeren', 'Limpar a tela', 'Cancella la tela', '清空画布', 'キャンバスをクリア', '캔버스 지우기', 'Очистить холст', 'مسح اللوحة', 'कैनवास साफ़ करें'],
  saveChanges: ['Save changes', 'Guardar cambios', 'Enregistrer les modifications', 'Änderungen speichern', 'Salvar alterações', 'Salva le modifiche', '保存更改', '変更を保存', '변경 사항 저장', 'Сохранить изменения', 'حفظ التغييرات', 'बदलाव सहेजें'],
  brushOptions: ['Brush options', 'Opciones del pincel', 'Options du pinceau', 'Pinseloptionen', 'Opções do pincel', 'Opzioni del pennello', '画笔选项', 'ブラシのオプション', '브러시 옵션', 'Параметры кисти', 'خيارات الفرشاة', 'ब्रश विकल्प'],
  brushColours: ['Brush colours', 'Colores del pincel', 'Couleurs du pinceau', 'Pinselfarben', 'Cores do pincel', 'Colori del pennello', '画笔颜色', 'ブラシの色', '브러시 색상', 'Цвета кисти', 'ألوان الفرشاة', 'ब्रश के रंग'],
  colour: ['Colour', 'Color', 'Couleur', 'Farbe', 'Cor', 'Colore', '颜色', '色', '색상', 'Цвет', 'اللون', 'रंग'],
  colourSwatch: ['Colour {color}', 'Color {color}', 'Couleur {color}', 'Farbe {color}', 'Cor {color}', 'Colore {color}', '颜色 {color}', '色 {color}', '색상 {color}', 'Цвет {color}', 'اللون {color}', 'रंग {color}'],
  colourSwatchOpacity: ['Colour {color} at {n}%', 'Color {color} al {n} %', 'Couleur {color} à {n} %', 'Farbe {color} mit {n} %', 'Cor {color} a {n}%', 'Colore {color} al {n}%', '颜色 {color}，不透明度 {n}%', '色 {color}（不透明度 {n}%）', '색상 {color}, 불투명도 {n}%', 'Цвет {color}, непрозрачность {n}%', 'اللون {color} بنسبة {n}%', 'रंग {color}, {n}% पर'],
  brushSize: ['Brush size', 'Tamaño del pincel', 'Taille du pinceau', 'Pinselgröße', 'Tamanho do pincel', 'Dimensione del pennello', '画笔大小', 'ブラシのサイズ', '브러시 크기', 'Размер кисти', 'حجم الفرشاة', 'ब्रश का आकार'],
  eraserOptions: ['Eraser options', 'Opciones del borrador', 'Options de la gomme', 'Radiereroptionen', 'Opções da borracha', 'Opzioni della gomma', '橡皮擦选项', '消しゴムのオプション', '지우개 옵션', 'Параметры ластика', 'خيارات الممحاة', 'इरेज़र विकल्प'],
  eraserSize: ['Eraser size', 'Tamaño del borrador', 'Taille de la gomme', 'Radierergröße', 'Tamanho da borracha', 'Dimensione della gomma', '橡皮擦大小', '消しゴムのサイズ', '지우개 크기', 'Размер ластика', 'حجم الممحاة', 'इरेज़र का आकार'],
  cropHint: ['Drag over the canvas to choose the area to keep.', 'Arrastra sobre el lienzo para elegir la zona que se conserva.', 'Faites glisser sur le canevas pour choisir la zone à garder.', 'Ziehen Sie über die Leinwand, um den Bereich zu wählen, der bleibt.', 'Arraste sobre a tela para escolher a área a manter.', "Trascina sulla tela per scegliere l'area da tenere.", '在画布上拖动以选择要保留的区域。', 'キャンバス上をドラッグして残す範囲を選びます。', '캔버스 위를 끌어 남길 영역을 고르세요.', 'Проведите по холсту, чтобы выбрать оставляемую область.', 'اسحب على اللوحة لاختيار المنطقة التي تبقى.', 'रखने वाला हिस्सा चुनने के लिए कैनवास पर खींचें।'],
  cropBox: ['{width} × {height} from ({x}, {y})', '{width} × {height} desde ({x}, {y})', '{width} × {height} depuis ({x}, {y})', '{width} × {height} ab ({x}, {y})', '{width} × {height} a partir de ({x}, {y})', '{width} × {height} da ({x}, {y})', '{width} × {height}，起点 ({x}, {y})', '{width} × {height}、起点 ({x}, {y})', '{width} × {height}, 시작점 ({x}, {y})', '{width} × {height} от ({x}, {y})', '{width} × {height} من ({x}, {y})', '{width} × {height}, ({x}, {y}) से'],
  width: ['Width', 'Ancho', 'Largeur', 'Breite', 'Largura', 'Larghezza', '宽度', '幅', '너비', 'Ширина', 'العرض', 'चौड़ाई'],
  height: ['Height', 'Alto', 'Hauteur', 'Höhe', 'Altura', 'Altezza', '高度', '高さ', '높이', 'Высота', 'الارتفاع', 'ऊँचाई'],
  resize: ['Resize', 'Cambiar tamaño', 'Redimensionner', 'Größe ändern', 'Redimensionar', 'Ridimensiona', '调整大小', 'サイズを変更', '크기 조정', 'Изменить размер', 'تغيير الحجم', 'आकार बदलें'],
  layers: ['Layers', 'Capas', 'Calques', 'Ebenen', 'Camadas', 'Livelli', '图层', 'レイヤー', '레이어', 'Слои', 'الطبقات', 'परतें'],
  hideName: ['Hide {name}', 'Ocultar {name}', 'Masquer {name}', '{name} ausblenden', 'Ocultar {name}', 'Nascondi {name}', '隐藏 {name}', '{name} を非表示', '{name} 숨기기', 'Скрыть {name}', 'إخفاء {name}', '{name} छिपाएँ'],
  showName: ['Show {name}', 'Mostrar {name}', 'Afficher {name}', '{name} einblenden', 'Mostrar {name}', 'Mostra {name}', '显示 {name}', '{name} を表示', '{name} 표시', 'Показать {name}', 'إظهار {name}', '{name} दिखाएँ'],
  deleteName: ['Delete {name}', 'Eliminar {name}', 'Supprimer {name}', '{name} löschen', 'Excluir {name}', 'Elimina {name}', '删除 {name}', '{name} を削除', '{name} 삭제', 'Удалить {name}', 'حذف {name}', '{name} हटाएँ'],
  addLayer: ['Add layer', 'Añadir capa', 'Ajouter un calque', 'Ebene hinzufügen', 'Adicionar camada', 'Aggiungi livello', '添加图层', 'レイヤーを追加', '레이어 추가', 'Добавить слой', 'إضافة طبقة', 'परत जोड़ें'],
  drawingNotSent: ['The drawing could not be sent: {reason}', 'No se pudo enviar el dibujo: {reason}', "Impossible d'envoyer le dessin : {reason}", 'Die Zeichnung konnte nicht gesendet werden: {reason}', 'Não foi possível enviar o desenho: {reason}', 'Impossibile inviare il disegno: {reason}', '无法发送绘图：{reason}', '描画を送信できませんでした: {reason}', '그림을 보낼 수 없습니다: {reason}', 'Не удалось отправить рисунок: {reason}', 'تعذّر إرسال الرسم: {reason}', 'ड्रॉइंग नहीं भेजी जा सकी: {reason}'],
  unknownColour: ['The brush colour "{color}" is not a colour this browser knows.', 'El color del pincel "{color}" no es un color que este navegador conozca.', "La couleur du pinceau « {color} » n'est pas une couleur connue de ce navigateur.", 'Die Pinselfarbe „{color}“ kennt dieser Browser nicht.', 'A cor do pincel "{color}" não é uma cor que este navegador conheça.', 'Il colore del pennello "{color}" non è un colore che questo browser conosce.', '画笔颜色“{color}”不是此浏览器识别的颜色。', 'ブラシの色「{color}」はこのブラウザーでは使えない色です。', '브러시 색상 "{color}"은(는) 이 브라우저가 알지 못하는 색입니다.', 'Цвет кисти «{color}» неизвестен этому браузеру.', 'لون الفرشاة "{color}" ليس لونًا يعرفه هذا المتصفح.', 'ब्रश का रंग "{color}" इस ब्राउज़र के लिए अज्ञात है।'],
  hiddenLayer: ['The active layer is hidden: show it to draw on it.', 'La capa activa está oculta: muéstrala para dibujar en ella.', 'Le calque actif est masqué : affichez-le pour dessiner dessus.', 'Die aktive Ebene ist ausgeblendet: Blenden Sie sie ein, um darauf zu zeichnen.', 'A camada ativa está oculta: mostre-a para desenhar nela.', 'Il livello attivo è nascosto: mostralo per disegnarci sopra.', '当前图层已隐藏：请显示后再绘制。', 'アクティブなレイヤーが非表示です。表示してから描いてください。', '활성 레이어가 숨겨져 있습니다. 그리려면 표시하세요.', 'Активный слой скрыт: покажите его, чтобы рисовать на нём.', 'الطبقة النشطة مخفية: أظهرها للرسم عليها.', 'सक्रिय परत छिपी है: उस पर बनाने के लिए उसे दिखाएँ।'],
  dismissMessage: ['Dismiss message', 'Descartar mensaje', 'Ignorer le message', 'Meldung schließen', 'Dispensar mensagem', 'Ignora il messaggio', '关闭消息', 'メッセージを閉じる', '메시지 닫기', 'Скрыть сообщение', 'تجاهل الرسالة', 'संदेश हटाएँ'],
  dismiss: ['Dismiss', 'Descartar', 'Ignorer', 'Schließen', 'Dispensar', 'Ignora', '关闭', '閉じる', '닫기', 'Скрыть', 'تجاهل', 'हटाएँ'],

  discard: ['Discard', 'Descartar', 'Abandonner', 'Verwerfen', 'Descartar', 'Scarta', '丢弃', '破棄', '취소', 'Отменить запись', 'تجاهل', 'रद्द करें'],
  loadingPlot: ['Loading plot…', 'Cargando gráfico…', 'Chargement du graphique…', 'Diagramm wird geladen…', 'Carregando gráfico…', 'Caricamento del grafico…', '正在加载图表…', 'グラフを読み込み中…', '차트 불러오는 중…', 'Загрузка графика…', 'جارٍ تحميل المخطط…', 'चार्ट लोड हो रहा है…'],
  noServerFiles: ['No server to list files from.', 'No hay servidor del que listar archivos.', 'Aucun serveur pour lister les fichiers.', 'Kein Server, dessen Dateien aufgelistet werden können.', 'Nenhum servidor para listar arquivos.', 'Nessun server da cui elencare i file.', '没有可列出文件的服务器。', 'ファイルを一覧表示するサーバーがありません。', '파일 목록을 가져올 서버가 없습니다.', 'Нет сервера, с которого можно получить список файлов.', 'لا يوجد خادم لعرض الملفات منه.', 'फ़ाइलें दिखाने के लिए कोई सर्वर नहीं।'],
  noFiles: ['No files.', 'Sin archivos.', 'Aucun fichier.', 'Keine Dateien.', 'Nenhum arquivo.', 'Nessun file.', '无文件。', 'ファイルがありません。', '파일이 없습니다.', 'Нет файлов.', 'لا توجد ملفات.', 'कोई फ़ाइल नहीं।'],
  noDescription: ['No description.', 'Sin descripción.', 'Aucune description.', 'Keine Beschreibung.', 'Sem descrição.', 'Nessuna descrizione.', '无描述。', '説明はありません。', '설명이 없습니다.', 'Нет описания.', 'لا يوجد وصف.', 'कोई विवरण नहीं।'],
  expandAll: ['Expand all', 'Desplegar todo', 'Tout déplier', 'Alle aufklappen', 'Expandir tudo', 'Espandi tutto', '全部展开', 'すべて開く', '모두 펼치기', 'Развернуть все', 'توسيع الكل', 'सभी खोलें'],
  collapseAll: ['Collapse all', 'Plegar todo', 'Tout replier', 'Alle zuklappen', 'Recolher tudo', 'Comprimi tutto', '全部收起', 'すべて閉じる', '모두 접기', 'Свернуть все', 'طي الكل', 'सभी समेटें'],

  trimEmpty: ['The trimmed part is empty: move the end after the start.', 'La parte recortada está vacía: mueve el final después del inicio.', 'La partie coupée est vide : placez la fin après le début.', 'Der zugeschnittene Teil ist leer: Setzen Sie das Ende hinter den Anfang.', 'A parte cortada está vazia: mova o fim para depois do início.', "La parte tagliata è vuota: sposta la fine dopo l'inizio.", '裁剪的部分为空：请把结束点移到开始点之后。', 'トリミング範囲が空です。終了位置を開始位置より後にしてください。', '자른 부분이 비어 있습니다. 끝을 시작 뒤로 옮기세요.', 'Обрезанный фрагмент пуст: передвиньте конец за начало.', 'الجزء المقصوص فارغ: انقل النهاية إلى ما بعد البداية.', 'ट्रिम किया गया हिस्सा खाली है: अंत को शुरुआत के बाद रखें।'],
  trimFailed: ['Trimming failed: {reason}', 'No se pudo recortar: {reason}', 'Échec de la coupe : {reason}', 'Zuschneiden fehlgeschlagen: {reason}', 'Falha ao cortar: {reason}', 'Taglio non riuscito: {reason}', '裁剪失败：{reason}', 'トリミングに失敗しました: {reason}', '자르기 실패: {reason}', 'Не удалось обрезать: {reason}', 'فشل القص: {reason}', 'ट्रिम नहीं हो सका: {reason}'],
  editAsText: ['Edit as text', 'Editar como texto', 'Modifier comme texte', 'Als Text bearbeiten', 'Editar como texto', 'Modifica come testo', '以文本编辑', 'テキストとして編集', '텍스트로 편집', 'Редактировать как текст', 'التعديل كنص', 'टेक्स्ट के रूप में संपादित करें'],
  customComponent: ['Custom component', 'Componente personalizado', 'Composant personnalisé', 'Eigene Komponente', 'Componente personalizado', 'Componente personalizzato', '自定义组件', 'カスタムコンポーネント', '사용자 지정 컴포넌트', 'Пользовательский компонент', 'مكوّن مخصّص', 'कस्टम कंपोनेंट'],
  unsupportedComponent: ['Unsupported component', 'Componente no compatible', 'Composant non pris en charge', 'Nicht unterstützte Komponente', 'Componente não suportado', 'Componente non supportato', '不支持的组件', '未対応のコンポーネント', '지원되지 않는 컴포넌트', 'Неподдерживаемый компонент', 'مكوّن غير مدعوم', 'असमर्थित कंपोनेंट'],
  openAppToUse: ['Open the app to use it', 'Abre la aplicación para usarlo', "Ouvrez l'application pour l'utiliser", 'Öffnen Sie die App, um sie zu nutzen', 'Abra o aplicativo para usá-lo', "Apri l'app per usarlo", '打开应用以使用它', 'アプリを開いて使用してください', '앱을 열어 사용하세요', 'Откройте приложение, чтобы воспользоваться им', 'افتح التطبيق لاستخدامه', 'इसे इस्तेमाल करने के लिए ऐप खोलें'],
  openAppItself: ['Open the app itself to use it.', 'Abre la propia aplicación para usarlo.', "Ouvrez l'application elle-même pour l'utiliser.", 'Öffnen Sie die App selbst, um sie zu nutzen.', 'Abra o próprio aplicativo para usá-lo.', "Apri l'app stessa per usarlo.", '请打开应用本身来使用它。', 'アプリ本体を開いて使用してください。', '앱 자체를 열어 사용하세요.', 'Откройте само приложение, чтобы воспользоваться им.', 'افتح التطبيق نفسه لاستخدامه.', 'इसे इस्तेमाल करने के लिए ऐप ही खोलें।'],

  // Dataframe.
  searchPlaceholder: ['Search...', 'Buscar...', 'Rechercher...', 'Suchen...', 'Pesquisar...', 'Cerca...', '搜索...', '検索...', '검색...', 'Поиск...', 'بحث...', 'खोजें...'],
  searchTable: ['Search the table', 'Buscar en la tabla', 'Rechercher dans le tableau', 'Tabelle durchsuchen', 'Pesquisar na tabela', 'Cerca nella tabella', '搜索表格', '表を検索', '표 검색', 'Поиск по таблице', 'البحث في الجدول', 'तालिका में खोजें'],
  filterAColumn: ['Filter a column', 'Filtrar una columna', 'Filtrer une colonne', 'Eine Spalte filtern', 'Filtrar uma coluna', 'Filtra una colonna', '筛选一列', '列で絞り込む', '열 필터링', 'Фильтр по столбцу', 'تصفية عمود', 'एक कॉलम फ़िल्टर करें'],
  filterColumn: ['Filter column', 'Columna del filtro', 'Colonne du filtre', 'Filterspalte', 'Coluna do filtro', 'Colonna del filtro', '筛选列', '絞り込む列', '필터 열', 'Столбец фильтра', 'عمود التصفية', 'फ़िल्टर कॉलम'],
  filterExpression: ['Filter expression (text, or >5, <=2, =x)', 'Expresión de filtro (texto, o >5, <=2, =x)', 'Expression de filtre (texte, ou >5, <=2, =x)', 'Filterausdruck (Text oder >5, <=2, =x)', 'Expressão de filtro (texto, ou >5, <=2, =x)', 'Espressione di filtro (testo, oppure >5, <=2, =x)', '筛选表达式（文本，或 >5、<=2、=x）', '絞り込み条件（テキスト、または >5、<=2、=x）', '필터 식(텍스트 또는 >5, <=2, =x)', 'Условие фильтра (текст или >5, <=2, =x)', 'تعبير التصفية (نص، أو >5، <=2، =x)', 'फ़िल्टर शर्त (टेक्स्ट, या >5, <=2, =x)'],
  filterPlaceholder: ['contains, >5, <=2', 'contiene, >5, <=2', 'contient, >5, <=2', 'enthält, >5, <=2', 'contém, >5, <=2', 'contiene, >5, <=2', '包含, >5, <=2', '含む, >5, <=2', '포함, >5, <=2', 'содержит, >5, <=2', 'يحتوي، >5، <=2', 'शामिल, >5, <=2'],
  filter: ['Filter', 'Filtrar', 'Filtrer', 'Filtern', 'Filtrar', 'Filtra', '筛选', '絞り込む', '필터', 'Фильтр', 'تصفية', 'फ़िल्टर'],
  removeFilter: ['Remove filter {column} {expression}', 'Quitar filtro {column} {expression}', 'Retirer le filtre {column} {expression}', 'Filter {column} {expression} entfernen', 'Remover filtro {column} {expression}', 'Rimuovi il filtro {column} {expression}', '移除筛选 {column} {expression}', '絞り込み {column} {expression} を解除', '필터 {column} {expression} 제거', 'Убрать фильтр {column} {expression}', 'إزالة عامل التصفية {column} {expression}', 'फ़िल्टर {column} {expression} हटाएँ'],
  editTable: ['Edit the table', 'Editar la tabla', 'Modifier le tableau', 'Tabelle bearbeiten', 'Editar a tabela', 'Modifica la tabella', '编辑表格', '表を編集', '표 편집', 'Редактировать таблицу', 'تعديل الجدول', 'तालिका संपादित करें'],
  addRow: ['Add row', 'Añadir fila', 'Ajouter une ligne', 'Zeile hinzufügen', 'Adicionar linha', 'Aggiungi riga', '添加行', '行を追加', '행 추가', 'Добавить строку', 'إضافة صف', 'पंक्ति जोड़ें'],
  deleteRow: ['Delete row', 'Eliminar fila', 'Supprimer la ligne', 'Zeile löschen', 'Excluir linha', 'Elimina riga', '删除行', '行を削除', '행 삭제', 'Удалить строку', 'حذف صف', 'पंक्ति हटाएँ'],
  addColumn: ['Add column', 'Añadir columna', 'Ajouter une colonne', 'Spalte hinzufügen', 'Adicionar coluna', 'Aggiungi colonna', '添加列', '列を追加', '열 추가', 'Добавить столбец', 'إضافة عمود', 'कॉलम जोड़ें'],
  deleteColumn: ['Delete column', 'Eliminar columna', 'Supprimer la colonne', 'Spalte löschen', 'Excluir coluna', 'Elimina colonna', '删除列', '列を削除', '열 삭제', 'Удалить столбец', 'حذف عمود', 'कॉलम हटाएँ'],
  copyTableCsv: ['Copy table as CSV', 'Copiar la tabla como CSV', 'Copier le tableau en CSV', 'Tabelle als CSV kopieren', 'Copiar a tabela como CSV', 'Copia la tabella come CSV', '将表格复制为 CSV', '表を CSV としてコピー', '표를 CSV로 복사', 'Копировать таблицу как CSV', 'نسخ الجدول بصيغة CSV', 'तालिका को CSV के रूप में कॉपी करें'],
  copyTable: ['Copy table', 'Copiar la tabla', 'Copier le tableau', 'Tabelle kopieren', 'Copiar a tabela', 'Copia la tabella', '复制表格', '表をコピー', '표 복사', 'Копировать таблицу', 'نسخ الجدول', 'तालिका कॉपी करें'],
  row: ['Row', 'Fila', 'Ligne', 'Zeile', 'Linha', 'Riga', '行', '行', '행', 'Строка', 'الصف', 'पंक्ति'],
  columnN: ['Column {n}', 'Columna {n}', 'Colonne {n}', 'Spalte {n}', 'Coluna {n}', 'Colonna {n}', '第 {n} 列', '列 {n}', '열 {n}', 'Столбец {n}', 'العمود {n}', 'कॉलम {n}'],
  cellName: ['{column}, row {n}', '{column}, fila {n}', '{column}, ligne {n}', '{column}, Zeile {n}', '{column}, linha {n}', '{column}, riga {n}', '{column}，第 {n} 行', '{column}、{n} 行目', '{column}, {n}행', '{column}, строка {n}', '{column}، الصف {n}', '{column}, पंक्ति {n}'],
  headerName: ['header {name}', 'encabezado {name}', 'en-tête {name}', 'Kopfzeile {name}', 'cabeçalho {name}', 'intestazione {name}', '表头 {name}', '見出し {name}', '머리글 {name}', 'заголовок {name}', 'العنوان {name}', 'हेडर {name}'],
  editName: ['Edit {name}', 'Editar {name}', 'Modifier {name}', '{name} bearbeiten', 'Editar {name}', 'Modifica {name}', '编辑 {name}', '{name} を編集', '{name} 편집', 'Изменить: {name}', 'تعديل {name}', '{name} संपादित करें'],
  noRowsMatch: ['No rows match the search.', 'Ninguna fila coincide con la búsqueda.', 'Aucune ligne ne correspond à la recherche.', 'Keine Zeile passt zur Suche.', 'Nenhuma linha corresponde à pesquisa.', 'Nessuna riga corrisponde alla ricerca.', '没有与搜索匹配的行。', '検索に一致する行はありません。', '검색과 일치하는 행이 없습니다.', 'Нет строк, соответствующих поиску.', 'لا توجد صفوف تطابق البحث.', 'खोज से कोई पंक्ति मेल नहीं खाती।'],
  noRows: ['No rows.', 'Sin filas.', 'Aucune ligne.', 'Keine Zeilen.', 'Nenhuma linha.', 'Nessuna riga.', '无行。', '行がありません。', '행이 없습니다.', 'Нет строк.', 'لا توجد صفوف.', 'कोई पंक्ति नहीं।'],
  invalidInput: ['Invalid input.', 'Entrada no válida.', 'Saisie non valide.', 'Ungültige Eingabe.', 'Entrada inválida.', 'Input non valido.', '输入无效。', '入力が正しくありません。', '입력이 올바르지 않습니다.', 'Недопустимое значение.', 'إدخال غير صالح.', 'अमान्य इनपुट।'],
  editDiscarded: ['{error} The edit was discarded ("{text}").', '{error} Se descartó la edición ("{text}").', '{error} La modification a été abandonnée (« {text} »).', '{error} Die Änderung wurde verworfen („{text}“).', '{error} A edição foi descartada ("{text}").', '{error} La modifica è stata scartata ("{text}").', '{error} 已放弃此次编辑（“{text}”）。', '{error} 編集は破棄されました（「{text}」）。', '{error} 편집이 취소되었습니다("{text}").', '{error} Изменение отменено («{text}»).', '{error} تم تجاهل التعديل ("{text}").', '{error} बदलाव छोड़ दिया गया ("{text}")।'],
  pastedBeyond: ['Pasted cells beyond the last column were left out.', 'Se omitieron las celdas pegadas más allá de la última columna.', 'Les cellules collées au-delà de la dernière colonne ont été ignorées.', 'Eingefügte Zellen nach der letzten Spalte wurden weggelassen.', 'As células coladas além da última coluna foram ignoradas.', "Le celle incollate oltre l'ultima colonna sono state escluse.", '超出最后一列的粘贴单元格已被忽略。', '最後の列より後に貼り付けたセルは除外されました。', '마지막 열을 넘는 붙여넣은 셀은 제외되었습니다.', 'Вставленные ячейки за последним столбцом пропущены.', 'تم تجاهل الخلايا الملصقة بعد العمود الأخير.', 'आख़िरी कॉलम के बाद चिपकाए गए सेल छोड़ दिए गए।'],
  pastedRowsLeft: ['{n} pasted row(s) did not fit (at most {max} rows).', '{n} fila(s) pegada(s) no cupieron (como máximo {max} filas).', "{n} ligne(s) collée(s) n'ont pas tenu (au plus {max} lignes).", '{n} eingefügte Zeile(n) passten nicht (höchstens {max} Zeilen).', '{n} linha(s) colada(s) não couberam (no máximo {max} linhas).', '{n} righe incollate non sono entrate (al massimo {max} righe).', '有 {n} 行粘贴内容放不下（最多 {max} 行）。', '貼り付けた {n} 行が収まりませんでした（最大 {max} 行）。', '붙여넣은 {n}개 행이 들어가지 않았습니다(최대 {max}행).', 'Не поместилось вставленных строк: {n} (не более {max} строк).', 'لم تتسع صفوف ملصقة عددها {n} (الحد الأقصى {max} صفوف).', '{n} चिपकाई गई पंक्तियाँ नहीं समाईं (अधिकतम {max} पंक्तियाँ)।'],
  cellError: ['Row {n}, {column}: {error}', 'Fila {n}, {column}: {error}', 'Ligne {n}, {column} : {error}', 'Zeile {n}, {column}: {error}', 'Linha {n}, {column}: {error}', 'Riga {n}, {column}: {error}', '第 {n} 行，{column}：{error}', '{n} 行目、{column}: {error}', '{n}행, {column}: {error}', 'Строка {n}, {column}: {error}', 'الصف {n}، {column}: {error}', 'पंक्ति {n}, {column}: {error}'],
  emptyTable: ['Empty table.', 'Tabla vacía.', 'Tableau vide.', 'Leere Tabelle.', 'Tabela vazia.', 'Tabella vuota.', '空表格。', '空の表です。', '빈 표입니다.', 'Пустая таблица.', 'جدول فارغ.', 'खाली तालिका।'],
} satisfies Record<string, WordRow>;

/** The kit's words in the languages it ships (written for the kit, not taken from Gradio's files). */
const builtIn: Record<string, Translations> = {
  en,
  es: {
    copy: 'Copiar', copied: 'Copiado', copyCode: 'Copiar código', clear: 'Borrar', submit: 'Enviar', stop: 'Detener',
    loading: 'Cargando…', error: 'Error', warning: 'Aviso', info: 'Información', success: 'Listo', examples: 'Ejemplos',
    pages: 'Páginas', expand: 'Desplegar', collapse: 'Plegar', openSidebar: 'Abrir panel lateral', closeSidebar: 'Cerrar panel lateral',
    resetValue: 'Restablecer el valor', login: 'Iniciar sesión', username: 'Usuario', password: 'Contraseña',
    signingIn: 'Iniciando sesión…', wrongLogin: 'Usuario o contraseña incorrectos.', appNotLoaded: 'No se pudo cargar esta aplicación.',
    hostedAt: 'Alojada en', builtWith: 'Hecha con Gradio', queue: 'cola', dropFile: 'Suelta el archivo aquí',
    clickToUpload: 'Haz clic para subir', or: 'o', upload: 'Subir', download: 'Descargar', fullscreen: 'Pantalla completa', close: 'Cerrar',
    spaceSleeping: 'Este Space está dormido: despertándolo…', spaceBuilding: 'Este Space se está construyendo…', spaceStarting: 'Este Space se está iniciando…', moreTabs: 'Más pestañas',
  },
  fr: {
    copy: 'Copier', copied: 'Copié', copyCode: 'Copier le code', clear: 'Effacer', submit: 'Envoyer', stop: 'Arrêter',
    loading: 'Chargement…', error: 'Erreur', warning: 'Avertissement', info: 'Information', success: 'Terminé', examples: 'Exemples',
    pages: 'Pages', expand: 'Déplier', collapse: 'Replier', openSidebar: 'Ouvrir le panneau latéral', closeSidebar: 'Fermer le panneau latéral',
    resetValue: 'Rétablir la valeur par défaut', login: 'Connexion', username: "Nom d'utilisateur", password: 'Mot de passe',
    signingIn: 'Connexion…', wrongLogin: "Nom d'utilisateur ou mot de passe incorrect.", appNotLoaded: "Impossible de charger cette application.",
    hostedAt: 'Hébergée sur', builtWith: 'Faite avec Gradio', queue: "file d'attente", dropFile: 'Déposez le fichier ici',
    clickToUpload: 'Cliquez pour envoyer', or: 'ou', upload: 'Envoyer un fichier', download: 'Télécharger', fullscreen: 'Plein écran', close: 'Fermer',
    spaceSleeping: 'Ce Space est en veille : réveil en cours…', spaceBuilding: 'Ce Space est en cours de construction…', spaceStarting: 'Ce Space démarre…', moreTabs: 'Plus d’onglets',
  },
  de: {
    copy: 'Kopieren', copied: 'Kopiert', copyCode: 'Code kopieren', clear: 'Leeren', submit: 'Senden', stop: 'Stoppen',
    loading: 'Wird geladen…', error: 'Fehler', warning: 'Warnung', info: 'Hinweis', success: 'Erledigt', examples: 'Beispiele',
    pages: 'Seiten', expand: 'Aufklappen', collapse: 'Zuklappen', openSidebar: 'Seitenleiste öffnen', closeSidebar: 'Seitenleiste schließen',
    resetValue: 'Auf Standardwert zurücksetzen', login: 'Anmelden', username: 'Benutzername', password: 'Passwort',
    signingIn: 'Anmeldung läuft…', wrongLogin: 'Benutzername oder Passwort ist falsch.', appNotLoaded: 'Diese App konnte nicht geladen werden.',
    hostedAt: 'Gehostet bei', builtWith: 'Erstellt mit Gradio', queue: 'Warteschlange', dropFile: 'Datei hier ablegen',
    clickToUpload: 'Zum Hochladen klicken', or: 'oder', upload: 'Hochladen', download: 'Herunterladen', fullscreen: 'Vollbild', close: 'Schließen',
    spaceSleeping: 'Dieser Space schläft: er wird geweckt…', spaceBuilding: 'Dieser Space wird gebaut…', spaceStarting: 'Dieser Space startet…', moreTabs: 'Weitere Tabs',
  },
  pt: {
    copy: 'Copiar', copied: 'Copiado', copyCode: 'Copiar código', clear: 'Limpar', submit: 'Enviar', stop: 'Parar',
    loading: 'Carregando…', error: 'Erro', warning: 'Aviso', info: 'Informação', success: 'Concluído', examples: 'Exemplos',
    pages: 'Páginas', expand: 'Expandir', collapse: 'Recolher', openSidebar: 'Abrir barra lateral', closeSidebar: 'Fechar barra lateral',
    resetValue: 'Restaurar o valor padrão', login: 'Entrar', username: 'Usuário', password: 'Senha',
    signingIn: 'Entrando…', wrongLogin: 'Usuário ou senha incorretos.', appNotLoaded: 'Não foi possível carregar este aplicativo.',
    hostedAt: 'Hospedado em', builtWith: 'Feito com Gradio', queue: 'fila', dropFile: 'Solte o arquivo aqui',
    clickToUpload: 'Clique para enviar', or: 'ou', upload: 'Enviar', download: 'Baixar', fullscreen: 'Tela cheia', close: 'Fechar',
    spaceSleeping: 'Este Space está dormindo: acordando…', spaceBuilding: 'Este Space está sendo construído…', spaceStarting: 'Este Space está iniciando…', moreTabs: 'Mais abas',
  },
  it: {
    copy: 'Copia', copied: 'Copiato', copyCode: 'Copia il codice', clear: 'Cancella', submit: 'Invia', stop: 'Interrompi',
    loading: 'Caricamento…', error: 'Errore', warning: 'Avviso', info: 'Informazione', success: 'Fatto', examples: 'Esempi',
    pages: 'Pagine', expand: 'Espandi', collapse: 'Comprimi', openSidebar: 'Apri la barra laterale', closeSidebar: 'Chiudi la barra laterale',
    resetValue: 'Ripristina il valore predefinito', login: 'Accedi', username: 'Nome utente', password: 'Password',
    signingIn: 'Accesso in corso…', wrongLogin: 'Nome utente o password errati.', appNotLoaded: "Impossibile caricare quest'app.",
    hostedAt: 'Ospitata su', builtWith: 'Creata con Gradio', queue: 'coda', dropFile: 'Trascina qui il file',
    clickToUpload: 'Fai clic per caricare', or: 'oppure', upload: 'Carica', download: 'Scarica', fullscreen: 'Schermo intero', close: 'Chiudi',
    spaceSleeping: 'Questo Space è in pausa: lo stiamo risvegliando…', spaceBuilding: 'Questo Space è in costruzione…', spaceStarting: 'Questo Space si sta avviando…', moreTabs: 'Altre schede',
  },
  zh: {
    copy: '复制', copied: '已复制', copyCode: '复制代码', clear: '清除', submit: '提交', stop: '停止',
    loading: '加载中…', error: '错误', warning: '警告', info: '提示', success: '成功', examples: '示例',
    pages: '页面', expand: '展开', collapse: '收起', openSidebar: '打开侧边栏', closeSidebar: '关闭侧边栏',
    resetValue: '恢复默认值', login: '登录', username: '用户名', password: '密码',
    signingIn: '正在登录…', wrongLogin: '用户名或密码错误。', appNotLoaded: '无法加载此应用。',
    hostedAt: '托管于', builtWith: '使用 Gradio 构建', queue: '队列', dropFile: '将文件拖放到此处',
    clickToUpload: '点击上传', or: '或', upload: '上传', download: '下载', fullscreen: '全屏', close: '关闭',
    spaceSleeping: '此 Space 正在休眠：正在唤醒…', spaceBuilding: '此 Space 正在构建…', spaceStarting: '此 Space 正在启动…', moreTabs: '更多标签页',
  },
  ja: {
    copy: 'コピー', copied: 'コピーしました', copyCode: 'コードをコピー', clear: 'クリア', submit: '送信', stop: '停止',
    loading: '読み込み中…', error: 'エラー', warning: '警告', info: 'お知らせ', success: '完了', examples: '例',
    pages: 'ページ', expand: '開く', collapse: '閉じる', openSidebar: 'サイドバーを開く', closeSidebar: 'サイドバーを閉じる',
    resetValue: '既定値に戻す', login: 'ログイン', username: 'ユーザー名', password: 'パスワード',
    signingIn: 'ログインしています…', wrongLogin: 'ユーザー名またはパスワードが正しくありません。', appNotLoaded: 'このアプリを読み込めませんでした。',
    hostedAt: 'ホスト先', builtWith: 'Gradio で作成', queue: '待ち行列', dropFile: 'ここにファイルをドロップ',
    clickToUpload: 'クリックしてアップロード', or: 'または', upload: 'アップロード', download: 'ダウンロード', fullscreen: '全画面', close: '閉じる',
    spaceSleeping: 'この Space は休止中です。起動しています…', spaceBuilding: 'この Space はビルド中です…', spaceStarting: 'この Space は起動中です…', moreTabs: 'その他のタブ',
  },
  ko: {
    copy: '복사', copied: '복사됨', copyCode: '코드 복사', clear: '지우기', submit: '제출', stop: '중지',
    loading: '불러오는 중…', error: '오류', warning: '경고', info: '안내', success: '완료', examples: '예시',
    pages: '페이지', expand: '펼치기', collapse: '접기', openSidebar: '사이드바 열기', closeSidebar: '사이드바 닫기',
    resetValue: '기본값으로 재설정', login: '로그인', username: '사용자 이름', password: '비밀번호',
    signingIn: '로그인 중…', wrongLogin: '사용자 이름 또는 비밀번호가 올바르지 않습니다.', appNotLoaded: '이 앱을 불러올 수 없습니다.',
    hostedAt: '호스팅 위치', builtWith: 'Gradio로 제작', queue: '대기열', dropFile: '여기에 파일을 놓으세요',
    clickToUpload: '클릭하여 업로드', or: '또는', upload: '업로드', download: '다운로드', fullscreen: '전체 화면', close: '닫기',
    spaceSleeping: '이 Space는 절전 중입니다. 깨우는 중…', spaceBuilding: '이 Space를 빌드하는 중입니다…', spaceStarting: '이 Space를 시작하는 중입니다…', moreTabs: '탭 더 보기',
  },
  ru: {
    copy: 'Копировать', copied: 'Скопировано', copyCode: 'Копировать код', clear: 'Очистить', submit: 'Отправить', stop: 'Остановить',
    loading: 'Загрузка…', error: 'Ошибка', warning: 'Предупреждение', info: 'Информация', success: 'Готово', examples: 'Примеры',
    pages: 'Страницы', expand: 'Развернуть', collapse: 'Свернуть', openSidebar: 'Открыть боковую панель', closeSidebar: 'Закрыть боковую панель',
    resetValue: 'Вернуть значение по умолчанию', login: 'Войти', username: 'Имя пользователя', password: 'Пароль',
    signingIn: 'Вход…', wrongLogin: 'Неверное имя пользователя или пароль.', appNotLoaded: 'Не удалось загрузить это приложение.',
    hostedAt: 'Размещено на', builtWith: 'Создано с Gradio', queue: 'очередь', dropFile: 'Перетащите файл сюда',
    clickToUpload: 'Нажмите, чтобы загрузить', or: 'или', upload: 'Загрузить', download: 'Скачать', fullscreen: 'Во весь экран', close: 'Закрыть',
    spaceSleeping: 'Этот Space спит: будим его…', spaceBuilding: 'Этот Space собирается…', spaceStarting: 'Этот Space запускается…', moreTabs: 'Другие вкладки',
  },
  ar: {
    copy: 'نسخ', copied: 'تم النسخ', copyCode: 'نسخ الشيفرة', clear: 'مسح', submit: 'إرسال', stop: 'إيقاف',
    loading: 'جارٍ التحميل…', error: 'خطأ', warning: 'تحذير', info: 'معلومة', success: 'تم', examples: 'أمثلة',
    pages: 'الصفحات', expand: 'توسيع', collapse: 'طي', openSidebar: 'فتح الشريط الجانبي', closeSidebar: 'إغلاق الشريط الجانبي',
    resetValue: 'إعادة القيمة الافتراضية', login: 'تسجيل الدخول', username: 'اسم المستخدم', password: 'كلمة المرور',
    signingIn: 'جارٍ تسجيل الدخول…', wrongLogin: 'اسم المستخدم أو كلمة المرور غير صحيحة.', appNotLoaded: 'تعذّر تحميل هذا التطبيق.',
    hostedAt: 'مستضاف على', builtWith: 'مصنوع باستخدام Gradio', queue: 'قائمة الانتظار', dropFile: 'أفلت الملف هنا',
    clickToUpload: 'انقر للرفع', or: 'أو', upload: 'رفع', download: 'تنزيل', fullscreen: 'ملء الشاشة', close: 'إغلاق',
    spaceSleeping: 'هذا الـ Space نائم: جارٍ إيقاظه…', spaceBuilding: 'جارٍ بناء هذا الـ Space…', spaceStarting: 'جارٍ تشغيل هذا الـ Space…', moreTabs: 'علامات تبويب أخرى',
  },
  hi: {
    copy: 'कॉपी करें', copied: 'कॉपी हो गया', copyCode: 'कोड कॉपी करें', clear: 'साफ़ करें', submit: 'भेजें', stop: 'रोकें',
    loading: 'लोड हो रहा है…', error: 'त्रुटि', warning: 'चेतावनी', info: 'सूचना', success: 'हो गया', examples: 'उदाहरण',
    pages: 'पृष्ठ', expand: 'खोलें', collapse: 'समेटें', openSidebar: 'साइडबार खोलें', closeSidebar: 'साइडबार बंद करें',
    resetValue: 'डिफ़ॉल्ट मान पर लौटें', login: 'लॉग इन', username: 'उपयोगकर्ता नाम', password: 'पासवर्ड',
    signingIn: 'लॉग इन हो रहा है…', wrongLogin: 'उपयोगकर्ता नाम या पासवर्ड गलत है।', appNotLoaded: 'यह ऐप लोड नहीं हो सका।',
    hostedAt: 'होस्ट किया गया', builtWith: 'Gradio से बना', queue: 'कतार', dropFile: 'फ़ाइल यहाँ छोड़ें',
    clickToUpload: 'अपलोड करने के लिए क्लिक करें', or: 'या', upload: 'अपलोड करें', download: 'डाउनलोड करें', fullscreen: 'पूर्ण स्क्रीन', close: 'बंद करें',
    spaceSleeping: 'यह Space सो रहा है: इसे जगाया जा रहा है…', spaceBuilding: 'यह Space बन रहा है…', spaceStarting: 'यह Space शुरू हो रहा है…', moreTabs: 'और टैब',
  },
};
for (const [i, locale] of rowLocales.entries()) {
  const words: Translations = { ...builtIn[locale] };
  for (const [word, row] of Object.entries(wordRows)) words[word as KitWord] = row[i];
  builtIn[locale] = words;
}

/**
 * Words a page registered, by locale (they win over the built-in ones). Kept on `globalThis` so that every copy
 * of this module (the CDN's lazy bundles, a bundler's build) shares them.
 */
const sharedKey = Symbol.for('gradio-kit.translations');
const shared = globalThis as Record<symbol, unknown>;
if (!shared[sharedKey]) shared[sharedKey] = {};
const registered = shared[sharedKey] as Record<string, Translations>;

/** Bumped whenever words or a `locale` change, so that elements that read it re-render. */
const state: ObservableMap<{ version: number }> = createStore({ version: 0 });

/** The event every copy of this module listens to; its detail, when set, registers words. */
const EVENT = 'gradio-kit-translations';

if (typeof globalThis.addEventListener === 'function') {
  globalThis.addEventListener(EVENT, (event) => {
    const detail = (event as CustomEvent<{ locale?: unknown; words?: unknown } | null>).detail;
    if (detail && typeof detail.locale === 'string' && detail.words && typeof detail.words === 'object') {
      const key = detail.locale.toLowerCase();
      registered[key] = { ...registered[key], ...(detail.words as Translations) };
    }
    state.set('version', state.get('version') + 1);
  });
}

/** The languages the kit ships its words in. */
export const kitLocales: readonly string[] = Object.keys(builtIn);

/** The words the kit ships for a locale (a copy), for documentation and tests. */
export function shippedWords(locale: string): Translations {
  return { ...builtIn[locale] };
}

/**
 * Adds or overrides the kit's words for a locale (`'fr'`, `'pt-BR'`); elements re-render with them.
 *
 * @example registerTranslations('nl', { submit: 'Versturen', clear: 'Wissen' });
 */
export function registerTranslations(locale: string, words: Translations): void {
  const key = locale.toLowerCase();
  registered[key] = { ...registered[key], ...words };
  refreshTranslations();
}

/**
 * Makes every element that shows the kit's words render them again (a `lang` or `locale` changed), in every
 * copy of the kit on the page. A page without a bundler does the same with the event, which may carry words:
 * `dispatchEvent(new CustomEvent('gradio-kit-translations', { detail: { locale: 'nl', words: {...} } }))`.
 */
export function refreshTranslations(): void {
  if (typeof globalThis.dispatchEvent === 'function' && typeof CustomEvent === 'function') {
    globalThis.dispatchEvent(new CustomEvent(EVENT, { detail: null }));
  } else {
    state.set('version', state.get('version') + 1);
  }
}

/**
 * The language of an element: the nearest `lang` above it (through shadow roots; `<gradio-app locale>` sets
 * one), else the reader's (the browser's language), else the page's `<html lang>`. The page's own `lang`
 * says what language the page is written in, not what its reader reads, so it comes after the browser's.
 */
export function localeOf(element?: Element | null): string {
  const root = typeof document !== 'undefined' ? document.documentElement : null;
  let node: Element | null | undefined = element;
  while (node) {
    const withLang = node.closest('[lang]');
    const lang = withLang && withLang !== root ? withLang.getAttribute('lang') : null;
    if (lang) return lang;
    const parent = node.getRootNode();
    node = typeof ShadowRoot !== 'undefined' && parent instanceof ShadowRoot ? parent.host : null;
  }
  if (typeof navigator !== 'undefined' && navigator.language) return navigator.language;
  return root?.getAttribute('lang') || 'en';
}

/** The candidates for a locale, most precise first: `pt-br` -> `pt-br`, `pt`, `en`. */
export function localeChain(locale: string): string[] {
  const lower = locale.toLowerCase().replace(/_/g, '-');
  const chain = [lower];
  const base = lower.split('-')[0];
  if (base !== lower) chain.push(base);
  if (!chain.includes('en')) chain.push('en');
  return chain;
}

/**
 * A kit word in the language of `element` (see the module comment for the order of fallbacks), with each
 * `{name}` in it replaced by `values.name`: `t('removeName', host, { name: 'a.png' })`.
 */
export function t(word: KitWord, element?: Element | null, values?: Readonly<Record<string, string | number>>): string {
  return wordIn(word, localeOf(element), values);
}

/** A kit word in a given locale (what `t` does once it knows the element's language). */
export function wordIn(word: KitWord, locale: string, values?: Readonly<Record<string, string | number>>): string {
  // Reading the store subscribes the rendering element to word and locale changes.
  state.get('version');
  let text: string = builtIn.en[word] ?? word;
  for (const candidate of localeChain(locale)) {
    const found = registered[candidate]?.[word] ?? builtIn[candidate]?.[word];
    if (found !== undefined) {
      text = found;
      break;
    }
  }
  return values ? text.replace(/\{(\w+)\}/g, (slot, key: string) => (key in values ? String(values[key]) : slot)) : text;
}
