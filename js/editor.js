// The editor: CodeMirror 6 with Python highlighting and line numbers.
// The Rust side (src/editor_js.rs) imports this module through wasm-bindgen;
// esbuild bundles it with its npm dependencies at build time (no CDN).

import { EditorState, StateField, StateEffect, RangeSetBuilder } from "@codemirror/state";
import { EditorView, Decoration, WidgetType, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection } from "@codemirror/view";
import { classHighlighter } from "@lezer/highlight";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { syntaxHighlighting, indentOnInput, bracketMatching, indentUnit } from "@codemirror/language";
import { pythonLanguage } from "@codemirror/lang-python";

// Creates an editor inside `parent` holding `doc`; `onChange(text)` hears every
// edit. A read-only editor (an embed that asks for it) can be read, selected
// and copied, not changed.
export function createEditor(parent, doc, readOnly, onChange) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        drawSelection(),
        history(),
        indentOnInput(),
        bracketMatching(),
        indentUnit.of("    "),
        // Token classes (tok-keyword, ...) coloured by static/style.css in both themes.
        syntaxHighlighting(classHighlighter),
        threadMarks,
        // The language alone: python() adds completion sources, which only the
        // autocompletion extension (not used here) reads, and 5 KB gzipped.
        pythonLanguage,
        EditorState.readOnly.of(readOnly),
        EditorView.editable.of(!readOnly),
        keymap.of([indentWithTab, ...defaultKeymap, ...historyKeymap]),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return view;
}

// The line each thread is about to run, marked in its process's colour, with a
// label at the line's end ("t2 · pid 1001"), and the lines errors were raised at
// (error: true), labelled with the exception. Marks are replaced as a whole.
const setMarksEffect = StateEffect.define();

class MarkLabel extends WidgetType {
  constructor(text, colour, error) {
    super();
    this.text = text;
    this.colour = colour;
    this.error = error;
  }
  eq(other) {
    return other.text === this.text && other.colour === this.colour && other.error === this.error;
  }
  toDOM() {
    const span = document.createElement("span");
    span.className = this.error ? "cm-error-label" : "cm-thread-label";
    span.style.setProperty("--who", this.colour);
    span.textContent = this.text; // text only: never HTML
    return span;
  }
}

const threadMarks = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const effect of tr.effects) {
      if (effect.is(setMarksEffect)) return build(tr.state, effect.value);
    }
    return marks.map(tr.changes);
  },
  provide: (field) => EditorView.decorations.from(field),
});

function build(state, marks) {
  const byLine = new Map();
  for (const mark of marks) {
    if (mark.line < 1 || mark.line > state.doc.lines) continue;
    if (!byLine.has(mark.line)) byLine.set(mark.line, []);
    byLine.get(mark.line).push(mark);
  }
  const builder = new RangeSetBuilder();
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    const here = byLine.get(line);
    const at = state.doc.line(line);
    const error = here.some((mark) => mark.error);
    const lineClass = error ? "cm-error-line" : "cm-thread-line";
    builder.add(at.from, at.from, Decoration.line({ attributes: { class: lineClass, style: `--who: ${here[0].colour}` } }));
    for (const mark of here) {
      builder.add(at.to, at.to, Decoration.widget({ widget: new MarkLabel(mark.label, mark.colour, mark.error), side: 1 }));
    }
  }
  return builder.finish();
}

// `marks` is a JSON list of { line, colour, label }.
export function setMarks(view, marks) {
  view.dispatch({ effects: setMarksEffect.of(JSON.parse(marks)) });
}

export function getText(view) {
  return view.state.doc.toString();
}

// Replaces the whole document (a gallery pick, a shared link), as one undoable edit.
export function setText(view, text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

export function destroyEditor(view) {
  view.destroy();
}
