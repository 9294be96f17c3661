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
export type KitWord =
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

const en: Record<KitWord, string> = {
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

/** A kit word in the language of `element` (see the module comment for the order of fallbacks). */
export function t(word: KitWord, element?: Element | null): string {
  // Reading the store subscribes the rendering element to word and locale changes.
  state.get('version');
  for (const locale of localeChain(localeOf(element))) {
    const found = registered[locale]?.[word] ?? builtIn[locale]?.[word];
    if (found !== undefined) return found;
  }
  return en[word];
}
