"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from "react";
import { editorSchemas, resolve, settingsOf, typeLabel, type TSchema } from "@/lib/survey/editor/schema-form";
import {
  addElement, addPage, draftIssues, ELEMENT_TYPE_NAMES, getAt, issuesUnder, moveAt, moveElement, pathKey, setAt, takenIds, uniqueId,
  type TDraftDef, type TJson, type TPath,
} from "@/lib/survey/editor/tree";
import type { TDraftSave } from "@/lib/survey/publish/definition";
import { languagesOf } from "@/lib/survey/i18n/texts";
import { LANGUAGE_NAMES } from "@/lib/survey/i18n/messages";
import type { TVersionInput } from "@/lib/survey/version/schema";
import { pick } from "@/lib/i18n/admin";
import { EDITOR } from "@/lib/i18n/admin/editor";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { ObjectFields, SchemaField, type TEditorCtx, type TQuestionRef } from "./SchemaField";
import { TranslationsPanel } from "./TranslationsPanel";
import styles from "./editor.module.css";

type TSelection =
  | { kind: "survey" } | { kind: "page"; page: number } | { kind: "element"; page: number; index: number }
  | { kind: "end" } | { kind: "parts" } | { kind: "scales" } | { kind: "lists" } | { kind: "orders" } | { kind: "translations" };

/** An edit, kept until it is saved: field edits can be put again on a newer draft after a conflict. */
type TEdit = { path: TPath; value: TJson | undefined } | { structural: string };

type TSaveState =
  | { kind: "saved" } | { kind: "pending" } | { kind: "saving" }
  | { kind: "error"; message: string }
  | { kind: "conflict"; message: string; revision: number };

export type TEditorProps = {
  slug: string;
  /** The version number publishing will make (the draft's `version`). */
  nextVersion: number;
  initial: { definition: TDraftDef; revision: number };
};

type TElementJson = { id?: TJson; type?: TJson; text?: TJson; title?: TJson; paragraphs?: TJson };
type TPageJson = { id?: TJson; title?: TJson; elements?: TElementJson[] };

const backupKey = (slug: string) => `editor:${slug}`;
const SAVE_DELAY_MS = 800;
const PREVIEW_DELAY_MS = 400;

function pagesOf(def: TDraftDef): TPageJson[] {
  return Array.isArray(def.pages) ? (def.pages as TPageJson[]) : [];
}

function elementName(el: TElementJson): string {
  const text = typeof el.text === "string" ? el.text : typeof el.title === "string" ? el.title
    : Array.isArray(el.paragraphs) && typeof el.paragraphs[0] === "string" ? el.paragraphs[0] : "";
  return text.length > 48 ? `${text.slice(0, 48)}…` : text;
}

/** The questions of the draft in order, with their options: for conditions, piping and `itemsBy`. */
function questionRefs(def: TDraftDef): TQuestionRef[] {
  const lists = new Map<string, { code: string; label: string }[]>();
  for (const l of Array.isArray(def.lists) ? def.lists : []) {
    const list = l as { id?: TJson; options?: TJson };
    if (typeof list.id === "string" && Array.isArray(list.options)) {
      lists.set(list.id, list.options.map((o) => o as { code: string; label: string }).filter((o) => typeof o?.code === "string"));
    }
  }
  const out: TQuestionRef[] = [];
  for (const page of pagesOf(def)) {
    for (const el of page.elements ?? []) {
      const e = el as Record<string, TJson>;
      if (typeof e.id !== "string" || e.type === "info") continue;
      const options = Array.isArray(e.options)
        ? e.options.map((o) => o as { code: string; label: string }).filter((o) => typeof o?.code === "string")
        : typeof e.list === "string" ? lists.get(e.list) ?? [] : [];
      out.push({ id: e.id, type: String(e.type), text: typeof e.text === "string" ? e.text : e.id, options });
    }
  }
  return out;
}

const idsOf = (def: TDraftDef, key: string) =>
  (Array.isArray(def[key]) ? (def[key] as { id?: TJson }[]) : []).map((x) => x?.id).filter((x): x is string => typeof x === "string");

/**
 * The survey editor: an outline of pages and elements (reorder by dragging or with Alt+↑/↓),
 * the settings of what is selected (drawn from the schemas, checked as you type with the
 * server's schema), and the respondent's questionnaire next to it at phone width. Every change is
 * saved to the draft within a second; a newer draft saved by someone else is never overwritten.
 */
export function Editor({ slug, nextVersion, initial }: TEditorProps) {
  const lang = useAdminLang();
  const t = pick(EDITOR, lang);
  const [def, setDef] = useState<TDraftDef>(initial.definition);
  const [selection, setSelection] = useState<TSelection>(pagesOf(initial.definition).length > 0 ? { kind: "page", page: 0 } : { kind: "survey" });
  const [save, setSave] = useState<TSaveState>({ kind: "saved" });
  const [announce, setAnnounce] = useState("");
  const [backup, setBackup] = useState<TDraftDef | null>(null);
  const [retry, setRetry] = useState(0);
  const [previewWidth, setPreviewWidth] = useState<390 | 1024>(390);
  const [previewLanguage, setPreviewLanguage] = useState<string>();
  const revision = useRef(initial.revision);
  const edits = useRef<TEdit[]>([]);
  const defRef = useRef(def);
  const inFlight = useRef(false);
  const again = useRef(false);
  const frame = useRef<HTMLIFrameElement>(null);
  defRef.current = def;

  const target = useMemo(() => ({ slug, version: nextVersion }), [slug, nextVersion]);
  const issues = useMemo(() => draftIssues(def, target), [def, target]);
  const issueMap = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const i of issues) m.set(i.key, [...(m.get(i.key) ?? []), i.message]);
    return m;
  }, [issues]);

  const change = useCallback((fn: (d: TDraftDef) => TDraftDef, edit: TEdit) => {
    edits.current.push(edit);
    setDef((d) => fn(d));
    setSave((s) => (s.kind === "conflict" ? s : { kind: "pending" }));
  }, []);

  // A copy in this browser until the server has it: a closed tab or a lost connection loses nothing.
  useEffect(() => {
    try {
      const raw = localStorage.getItem(backupKey(slug));
      if (!raw) return;
      const kept = JSON.parse(raw) as { revision: number; definition: TDraftDef };
      if (kept.revision === initial.revision && JSON.stringify(kept.definition) !== JSON.stringify(initial.definition)) setBackup(kept.definition);
      else localStorage.removeItem(backupKey(slug));
    } catch {
      // storage blocked: the server copy is the only one
    }
  }, [slug, initial]);

  const runSave = useCallback(async () => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    const sent = defRef.current;
    const sentEdits = edits.current.length;
    setSave({ kind: "saving" });
    try {
      const body: TDraftSave = { revision: revision.current, definition: sent };
      const res = await fetch(`/api/admin/s/${encodeURIComponent(slug)}/draft`, {
        method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
      });
      const reply = (await res.json().catch(() => ({}))) as { revision?: number; error?: string; conflict?: { revision: number } };
      if (res.ok && reply.revision) {
        revision.current = reply.revision;
        edits.current = edits.current.slice(sentEdits);
        const isCurrent = defRef.current === sent;
        setSave({ kind: isCurrent ? "saved" : "pending" });
        try {
          if (isCurrent) localStorage.removeItem(backupKey(slug));
        } catch {
          // storage blocked
        }
      } else if (res.status === 409 && reply.conflict) {
        setSave({ kind: "conflict", message: reply.error ?? t.changedMeanwhile, revision: reply.conflict.revision });
        again.current = false;
      } else {
        setSave({ kind: "error", message: reply.error ?? t.saveFailed(res.status) });
      }
    } catch {
      setSave({ kind: "error", message: t.offline });
    } finally {
      inFlight.current = false;
      // Changes made while this save was on its way: the autosave effect takes them.
      if (again.current) {
        again.current = false;
        setSave({ kind: "pending" });
        setRetry((n) => n + 1);
      }
    }
  }, [slug, t]);

  // Autosave: a moment after the last change; a failed save is tried again.
  useEffect(() => {
    if (save.kind !== "pending" && save.kind !== "error") return;
    try {
      localStorage.setItem(backupKey(slug), JSON.stringify({ revision: revision.current, definition: def }));
    } catch {
      // storage blocked or full
    }
    const t = setTimeout(() => void runSave(), save.kind === "error" ? 5000 : SAVE_DELAY_MS);
    return () => clearTimeout(t);
  }, [def, save.kind, retry, slug, runSave]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (save.kind !== "saved") e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [save.kind]);

  /** After a conflict: the newer draft, with this researcher's field edits put on it again. */
  const reloadKeepingEdits = async () => {
    const res = await fetch(`/api/admin/s/${encodeURIComponent(slug)}/draft`, { cache: "no-store" });
    if (!res.ok) return setSave({ kind: "error", message: t.reloadFailed });
    const fresh = (await res.json()) as { definition: TDraftDef; revision: number };
    const fields = edits.current.filter((e): e is { path: TPath; value: TJson | undefined } => "path" in e);
    const structural = edits.current.length - fields.length;
    let merged = fresh.definition;
    for (const e of fields) merged = setAt(merged, e.path, e.value);
    revision.current = fresh.revision;
    edits.current = fields;
    setDef(merged);
    setSave(fields.length > 0 ? { kind: "pending" } : { kind: "saved" });
    setAnnounce(t.reloaded(fresh.revision, fields.length, structural));
  };
  const overwrite = () => {
    if (save.kind !== "conflict") return;
    revision.current = save.revision;
    setSave({ kind: "pending" });
  };

  // The preview (an iframe at phone width) gets the draft whenever it is valid.
  const selectedPage = selection.kind === "page" || selection.kind === "element" ? pagesOf(def)[selection.page]?.id : undefined;
  const postPreview = useCallback(() => {
    if (issues.length > 0) return;
    frame.current?.contentWindow?.postMessage(
      {
        type: "survey-preview", def: { ...defRef.current, ...target }, page: typeof selectedPage === "string" ? selectedPage : undefined,
        language: previewLanguage,
      },
      window.location.origin,
    );
  }, [issues.length, target, selectedPage, previewLanguage]);
  useEffect(() => {
    const t = setTimeout(postPreview, PREVIEW_DELAY_MS);
    return () => clearTimeout(t);
  }, [def, postPreview]);

  const ctx: TEditorCtx = {
    issues: issueMap,
    scales: idsOf(def, "scales"),
    lists: (Array.isArray(def.lists) ? def.lists : []).map((l) => l as { id?: TJson; groups?: TJson })
      .filter((l) => typeof l?.id === "string")
      .map((l) => ({ id: l.id as string, groups: (Array.isArray(l.groups) ? l.groups : []).map((g) => String((g as { id?: TJson })?.id)) })),
    orders: idsOf(def, "orders"),
    parts: ((getAt(def, ["parts", "items"]) as { id?: TJson }[] | undefined) ?? []).map((p) => p?.id).filter((x): x is string => typeof x === "string"),
    questions: questionRefs(def),
    taken: () => takenIds(defRef.current),
    set: (path, value) => change((d) => setAt(d, path, value), { path, value }),
    setMany: (changes) => {
      for (const [path, value] of changes) edits.current.push({ path, value });
      setDef((d) => changes.reduce((acc, [path, value]) => setAt(acc, path, value), d));
      setSave((s) => (s.kind === "conflict" ? s : { kind: "pending" }));
    },
    addOrder: (label) => {
      const id = uniqueId("volgorde", takenIds(defRef.current));
      change((d) => setAt(d, ["orders"], [...(Array.isArray(d.orders) ? d.orders : []), { id, label }]), { structural: "order" });
      return id;
    },
  };

  const { version: versionSchema, elements: elementSchemas } = editorSchemas();
  const pageSchema = resolve(resolve(versionSchema.properties?.pages ?? {}, versionSchema).items ?? {}, versionSchema);
  const pages = pagesOf(def);

  // Reordering: by dragging, by the ↑/↓ buttons, and with Alt+↑/↓ on a row.
  const movePage = (from: number, to: number) => {
    if (to < 0 || to >= pages.length || from === to) return;
    change((d) => moveAt(d, ["pages"], from, to), { structural: "move" });
    setSelection({ kind: "page", page: to });
    setAnnounce(t.pageMoved(to + 1, pages.length));
  };
  const moveEl = (page: number, from: number, to: { page: number; index: number }) => {
    change((d) => moveElement(d, { page, index: from }, to), { structural: "move" });
    const index = to.page === page && to.index > from ? to.index - 1 : to.index;
    setSelection({ kind: "element", page: to.page, index });
    setAnnounce(t.elementMoved(to.page + 1, index + 1));
  };
  const stepEl = (page: number, index: number, delta: -1 | 1) => {
    const count = pages[page]?.elements?.length ?? 0;
    if (index + delta >= 0 && index + delta < count) moveEl(page, index, { page, index: delta > 0 ? index + 2 : index - 1 });
    else if (delta < 0 && page > 0) moveEl(page, index, { page: page - 1, index: pages[page - 1]?.elements?.length ?? 0 });
    else if (delta > 0 && page < pages.length - 1) moveEl(page, index, { page: page + 1, index: 0 });
  };
  const onRowKey = (e: KeyboardEvent, move: (delta: -1 | 1) => void) => {
    if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    e.preventDefault();
    move(e.key === "ArrowUp" ? -1 : 1);
  };
  const drag = useRef<{ kind: "page"; page: number } | { kind: "element"; page: number; index: number } | null>(null);
  const dropOnElement = (e: DragEvent, page: number, index: number) => {
    e.preventDefault();
    const d = drag.current;
    if (d?.kind === "element") moveEl(d.page, d.index, { page, index });
    drag.current = null;
  };
  const dropOnPage = (e: DragEvent, page: number) => {
    e.preventDefault();
    const d = drag.current;
    if (d?.kind === "page") movePage(d.page, page);
    else if (d?.kind === "element") moveEl(d.page, d.index, { page, index: pages[page]?.elements?.length ?? 0 });
    drag.current = null;
  };

  const addEl = (page: number, type: string) => {
    let at = 0;
    change((d) => {
      const r = addElement(d, type, page);
      at = r.index;
      return r.def;
    }, { structural: "add" });
    setTimeout(() => setSelection({ kind: "element", page, index: at }));
    setAnnounce(t.elementAdded(typeLabel(type, lang), page + 1));
  };
  const removeAt = (path: TPath, what: string, next: TSelection) => {
    change((d) => setAt(d, path, undefined), { structural: "remove" });
    setSelection(next);
    setAnnounce(t.removed(what));
  };
  const duplicateEl = (page: number, index: number) => {
    change((d) => {
      const el = getAt(d, ["pages", page, "elements", index]) as Record<string, TJson>;
      const copy = { ...el, id: uniqueId(String(el.id), takenIds(d)) };
      const list = [...((getAt(d, ["pages", page, "elements"]) as TJson[]) ?? [])];
      list.splice(index + 1, 0, copy);
      return setAt(d, ["pages", page, "elements"], list);
    }, { structural: "add" });
    setSelection({ kind: "element", page, index: index + 1 });
  };

  const count = (path: TPath) => issuesUnder(issues, path).length;
  const languages = languagesOf(def as TVersionInput);
  const isSel = (s: TSelection) => JSON.stringify(s) === JSON.stringify(selection);
  const base = `/admin/s/${encodeURIComponent(slug)}`;

  return (
    <div className={styles.editor}>
      <div className={styles.bar}>
        <p className={styles.status} role="status" data-testid="save-state" data-state={save.kind}>
          {save.kind === "saved" && t.saved(revision.current)}
          {save.kind === "pending" && t.pending}
          {save.kind === "saving" && t.saving}
          {save.kind === "error" && save.message}
          {save.kind === "conflict" && save.message}
        </p>
        {save.kind === "conflict" && (
          <span className={styles.barActions}>
            <button type="button" className="btn" onClick={() => void reloadKeepingEdits()}>{t.reloadKeep}</button>
            <button type="button" className="btn btn-secondary" onClick={overwrite}>{t.overwrite}</button>
          </span>
        )}
        <p className={styles.issueCount} data-testid="issue-count">
          {issues.length === 0 ? t.noIssues : t.issues(issues.length)}
        </p>
        <Link className="btn btn-secondary" href={`${base}/versions`}>{t.reviewPublish}</Link>
      </div>
      {backup && (
        <div className={styles.backup} role="alert">
          <p>{t.backupFound}</p>
          <button type="button" className="btn" onClick={() => { setDef(backup); edits.current.push({ structural: "restore" }); setSave({ kind: "pending" }); setBackup(null); }}>{t.restore}</button>{" "}
          <button type="button" className="btn btn-secondary" onClick={() => { localStorage.removeItem(backupKey(slug)); setBackup(null); }}>{t.discard}</button>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">{announce}</p>

      <nav className={styles.outline} aria-label={t.outline}>
        <button type="button" className={styles.outlineItem} aria-current={isSel({ kind: "survey" }) || undefined} onClick={() => setSelection({ kind: "survey" })}>
          {t.general} {count(["title"]) + count(["wave"]) > 0 && <Badge n={count(["title"]) + count(["wave"])} />}
        </button>
        <ol className={styles.pages}>
          {pages.map((page, p) => (
            <li key={p} onDragOver={(e) => e.preventDefault()} onDrop={(e) => dropOnPage(e, p)}>
              <div className={styles.row} draggable onDragStart={() => (drag.current = { kind: "page", page: p })}>
                <button
                  type="button" className={styles.outlineItem} aria-current={isSel({ kind: "page", page: p }) || undefined}
                  onClick={() => setSelection({ kind: "page", page: p })} onKeyDown={(e) => onRowKey(e, (d) => movePage(p, p + d))}
                  aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown" data-testid={`outline-page-${p}`}
                >
                  <span className={styles.grip} aria-hidden>⋮⋮</span>
                  <span className={styles.elType}>{String(page.id ?? "")}</span>
                  <strong className={styles.elName}>{typeof page.title === "string" && page.title ? page.title : t.page(p + 1)}</strong>
                  {count(["pages", p]) > 0 && <Badge n={count(["pages", p])} />}
                </button>
                <span className={styles.rowTools}>
                  <button type="button" aria-label={t.pageUp(p + 1)} disabled={p === 0} onClick={() => movePage(p, p - 1)}>↑</button>
                  <button type="button" aria-label={t.pageDown(p + 1)} disabled={p === pages.length - 1} onClick={() => movePage(p, p + 1)}>↓</button>
                </span>
              </div>
              <ol className={styles.elements}>
                {(page.elements ?? []).map((el, i) => (
                  <li
                    key={`${i}-${String(el.id)}`} className={styles.row} draggable
                    onDragStart={(e) => { e.stopPropagation(); drag.current = { kind: "element", page: p, index: i }; }}
                    onDragOver={(e) => e.preventDefault()} onDrop={(e) => { e.stopPropagation(); dropOnElement(e, p, i); }}
                  >
                    <button
                      type="button" className={styles.outlineItem} aria-current={isSel({ kind: "element", page: p, index: i }) || undefined}
                      onClick={() => setSelection({ kind: "element", page: p, index: i })} onKeyDown={(e) => onRowKey(e, (d) => stepEl(p, i, d))}
                      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown" data-testid={`outline-element-${String(el.id)}`}
                    >
                      <span className={styles.grip} aria-hidden>⋮⋮</span>
                      <span className={styles.elType}>{typeLabel(String(el.type), lang)}</span>
                      <span className={styles.elName}>{elementName(el) || String(el.id)}</span>
                      {count(["pages", p, "elements", i]) > 0 && <Badge n={count(["pages", p, "elements", i])} />}
                    </button>
                    <span className={styles.rowTools}>
                      <button type="button" aria-label={t.up(String(el.id))} onClick={() => stepEl(p, i, -1)} disabled={p === 0 && i === 0}>↑</button>
                      <button type="button" aria-label={t.down(String(el.id))} onClick={() => stepEl(p, i, 1)} disabled={p === pages.length - 1 && i === (page.elements?.length ?? 0) - 1}>↓</button>
                    </span>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
        <button type="button" className="btn btn-secondary" onClick={() => {
          let at = 0;
          change((d) => { const r = addPage(d); at = r.index; return r.def; }, { structural: "add" });
          setTimeout(() => setSelection({ kind: "page", page: at }));
        }}>{t.addPage}</button>
        <ul className={styles.extras}>
          {([
            ["end", t.end, ["end"]], ["parts", t.parts, ["parts"]], ["scales", t.scales, ["scales"]], ["lists", t.lists, ["lists"]],
            ["orders", t.orders, ["orders"]], ["translations", t.translations, ["translations"]],
          ] as const).map(([kind, label, path]) => (
            <li key={kind}>
              <button type="button" className={styles.outlineItem} aria-current={isSel({ kind }) || undefined} onClick={() => setSelection({ kind })}>
                {label} {count([...path]) > 0 && <Badge n={count([...path])} />}
              </button>
            </li>
          ))}
        </ul>
      </nav>

      <section className={styles.settings} aria-label={t.settings}>
        <Settings
          selection={selection} def={def} ctx={ctx} versionSchema={versionSchema} pageSchema={pageSchema}
          elementSchemas={elementSchemas} onAdd={addEl} onRemove={removeAt} onDuplicate={duplicateEl} select={setSelection}
        />
        {issues.length > 0 && (
          <details className={styles.allIssues}>
            <summary>{t.allIssues(issues.length)}</summary>
            <ul>{issues.slice(0, 50).map((i, n) => <li key={n}><code>{i.key || t.wholeSurvey}</code> {i.message}</li>)}</ul>
          </details>
        )}
      </section>

      <aside className={styles.preview} aria-label={t.preview}>
        <div className={styles.previewHead}>
          <span>{t.preview}</span>
          <span role="group" aria-label={t.previewWidth} className={styles.widths}>
            {([[390, t.phone], [1024, t.computer]] as const).map(([w, label]) => (
              <button key={w} type="button" aria-pressed={previewWidth === w} onClick={() => setPreviewWidth(w)}>{label}</button>
            ))}
          </span>
          {languages.length > 1 && (
            <select aria-label={t.previewLanguage} value={previewLanguage ?? languages[0]} onChange={(e) => setPreviewLanguage(e.target.value)}>
              {languages.map((l) => <option key={l} value={l}>{LANGUAGE_NAMES[l] ?? l}</option>)}
            </select>
          )}
          {issues.length > 0 && <span className="muted">{t.previewWaits}</span>}
        </div>
        {/* The computer width is drawn at 1024 px and scaled down to the column. */}
        <div className={styles.previewBox} data-width={previewWidth}>
          <iframe
            ref={frame} src={`/preview/${encodeURIComponent(slug)}?live=1`} onLoad={postPreview} className={styles.previewFrame}
            title={previewWidth === 390 ? t.previewPhone : t.previewComputer}
            width={previewWidth} height={760}
          />
        </div>
      </aside>
    </div>
  );
}

function Badge({ n }: { n: number }) {
  const t = pick(EDITOR, useAdminLang());
  return <span className={styles.badge} aria-label={t.errors(n)}>{n}</span>;
}

function Settings({ selection, def, ctx, versionSchema, pageSchema, elementSchemas, onAdd, onRemove, onDuplicate, select }: {
  selection: TSelection; def: TDraftDef; ctx: TEditorCtx; versionSchema: TSchema; pageSchema: TSchema; elementSchemas: Map<string, TSchema>;
  onAdd: (page: number, type: string) => void; onRemove: (path: TPath, what: string, next: TSelection) => void;
  onDuplicate: (page: number, index: number) => void; select: (s: TSelection) => void;
}) {
  const [type, setType] = useState("single");
  const lang = useAdminLang();
  const t = pick(EDITOR, lang);
  const field = (key: string) => {
    const s = settingsOf(versionSchema, versionSchema).find((x) => x.key === key);
    return s && <SchemaField key={key} name={key} schema={s.schema} root={versionSchema} path={[key]} value={def[key]} isRequired={s.isRequired} ctx={ctx} />;
  };
  switch (selection.kind) {
    case "survey":
      return (<><h3>{t.general}</h3>{field("title")}{field("wave")}</>);
    case "end":
      return (<><h3>{t.end}</h3>{field("end")}</>);
    case "parts":
      return (
        <>
          <h3>{t.parts}</h3>
          <p className="muted">{t.partsHelp}</p>
          {field("parts")}
        </>
      );
    case "translations":
      return (
        <TranslationsPanel
          def={def as TVersionInput}
          onChange={(next) => ctx.setMany([
            [["languages"], (next.languages as TJson | undefined) ?? undefined],
            [["translations"], (next.translations as TJson | undefined) ?? undefined],
          ])}
        />
      );
    case "scales": return (<><h3>{t.scales}</h3>{field("scales")}</>);
    case "lists": return (<><h3>{t.lists}</h3><p className="muted">{t.listsHelp}</p>{field("lists")}</>);
    case "orders": return (<><h3>{t.orders}</h3><p className="muted">{t.ordersHelp}</p>{field("orders")}</>);
    case "page": {
      const page = getAt(def, ["pages", selection.page]) as Record<string, TJson> | undefined;
      if (!page) return <p>{t.choose}</p>;
      const pageCount = pagesOf(def).length;
      return (
        <>
          <h3>{t.page(selection.page + 1)}</h3>
          <ObjectFields schema={pageSchema} root={versionSchema} path={["pages", selection.page]} value={page} ctx={ctx} omit={["elements"]} />
          <div className={styles.addElement}>
            <label htmlFor="add-element-type">{t.addElement}</label>
            <select id="add-element-type" value={type} onChange={(e) => setType(e.target.value)}>
              {ELEMENT_TYPE_NAMES.map((n) => <option key={n} value={n}>{typeLabel(n, lang)}</option>)}
            </select>
            <button type="button" className="btn" onClick={() => onAdd(selection.page, type)}>{t.add}</button>
          </div>
          <button
            type="button" className={styles.danger} disabled={pageCount <= 1}
            onClick={() => onRemove(["pages", selection.page], t.page(selection.page + 1), { kind: "page", page: Math.max(0, selection.page - 1) })}
          >
            {t.removePage}
          </button>
        </>
      );
    }
    case "element": {
      const path = ["pages", selection.page, "elements", selection.index];
      const el = getAt(def, path) as Record<string, TJson> | undefined;
      if (!el) return <p>{t.choose}</p>;
      const schema = elementSchemas.get(String(el.type));
      return (
        <>
          <h3>{typeLabel(String(el.type), lang)} <code>{String(el.id)}</code></h3>
          <p className={styles.elementTools}>
            <button type="button" className={styles.linkButton} onClick={() => select({ kind: "page", page: selection.page })}>{t.backToPage(selection.page + 1)}</button>
            <button type="button" className={styles.linkButton} onClick={() => onDuplicate(selection.page, selection.index)}>{t.duplicate}</button>
            <button type="button" className={styles.danger} onClick={() => onRemove(path, String(el.id), { kind: "page", page: selection.page })}>{t.remove}</button>
          </p>
          {schema
            ? <ObjectFields key={pathKey(path)} schema={schema} root={schema} path={path} value={el} ctx={ctx} />
            : <p>{t.unknownType(String(el.type))}</p>}
        </>
      );
    }
  }
}

