"""Translations (gr.I18n, Gradio 6): labels, a Markdown text and a button in English, French and German,
with a key that only English has (the English fallback) and one no language has (the key itself), and an
audio input (the kit's own words). On Gradio 5.14 (no gr.I18n) the same app shows plain English."""

import gradio as gr

HAS_I18N = hasattr(gr, "I18n")
words = {
    "en": {"name": "Your name", "greeting": "Welcome", "submit": "Say hello", "only_en": "English only"},
    "fr": {"name": "Votre nom", "greeting": "Bienvenue", "submit": "Dire bonjour"},
    "de": {"name": "Ihr Name", "greeting": "Willkommen", "submit": "Hallo sagen"},
}
i18n = gr.I18n(**words) if HAS_I18N else None


def t(key):
    return i18n(key) if HAS_I18N else words["en"].get(key, key)


with gr.Blocks(title="i18n") as demo:
    gr.Markdown(t("greeting"), elem_id="greeting")
    name = gr.Textbox(label=t("name"))
    out = gr.Textbox(label=t("only_en"))
    missing = gr.Textbox(label=t("no_such_key"))
    gr.Button(t("submit")).click(lambda n: f"Hello, {n}!", name, out, api_name="hello")
    # A media input: its source buttons and upload prompt are the kit's own words, in the reader's language.
    gr.Audio(sources=["upload", "microphone"], interactive=True)

if __name__ == "__main__":
    demo.launch(**({"i18n": i18n} if HAS_I18N else {}))
