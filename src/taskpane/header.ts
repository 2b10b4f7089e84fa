/** The pane's header: its title and the language switch (English / Latviešu). */
import { LANGUAGES, type Language } from "../rules";
import type { Actions } from "./actions";
import { h, setText, uniqueId } from "./dom";
import { t } from "./i18n";
import { touched, type PaneState, type Store } from "./store";

export function createHeader(store: Store<PaneState>, actions: Actions): HTMLElement {
  const title = h("h1", { class: "title" });
  const subtitle = h("p", { class: "subtitle" });
  const selectId = uniqueId("language");
  // The label is for assistive technology: the select shows the language's own name, which says what it is.
  const label = h("label", { class: "visually-hidden", for: selectId });
  const select = h(
    "select",
    {
      id: selectId,
      class: "language-select",
      "data-testid": "language",
      on: { change: () => void actions.setLanguage(select.value as Language) },
    },
    // Each language's own name, so that it can be found whatever the pane's language.
    LANGUAGES.map((language) => h("option", { value: language, lang: language }, t(language, `lang.${language}`))),
  );

  store.subscribe((state, changed) => {
    if (!touched(changed, "language")) return;
    setText(title, t(state.language, "app.title"));
    setText(subtitle, t(state.language, "app.subtitle"));
    setText(label, t(state.language, "lang.label"));
    select.value = state.language;
  });

  return h(
    "header",
    { class: "header" },
    h("div", { class: "header-text" }, title, subtitle),
    h("div", { class: "language" }, label, select),
  );
}
