"use client";

import { useId, useState, type ReactNode } from "react";
import { twoOptions } from "@/lib/survey/elements/shared";
import {
  blankItem, fieldKind, fieldLabel, resolve, settingsOf, valueLabel, type TSchema,
} from "@/lib/survey/editor/schema-form";
import { pathKey, uniqueId, type TJson, type TPath } from "@/lib/survey/editor/tree";
import { pick } from "@/lib/i18n/admin";
import { EDITOR_FIELDS } from "@/lib/i18n/admin/editor";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { ConditionField } from "./ConditionField";
import styles from "./editor.module.css";

/** What every field of the editor can look up: the draft's references, its issues, and how to change it. */
export type TQuestionRef = { id: string; type: string; text: string; options: { code: string; label: string }[] };
export type TEditorCtx = {
  issues: Map<string, string[]>;
  scales: string[];
  lists: { id: string; groups: string[] }[];
  orders: string[];
  parts: string[];
  /** Questions of the draft in order, with their options (conditions, piping, `itemsBy`). */
  questions: TQuestionRef[];
  /** Every ID in use (new items avoid them). */
  taken: () => Set<string>;
  set(path: TPath, value: TJson | undefined): void;
  /** Several settings at once (one edit). */
  setMany(changes: [TPath, TJson | undefined][]): void;
  /** A new order group for the element at `path`; returns its ID. */
  addOrder(label: string): string;
};

type TFieldProps = {
  name: string;
  schema: TSchema;
  root: TSchema;
  path: TPath;
  value: TJson | undefined;
  isRequired: boolean;
  ctx: TEditorCtx;
  /** The object this setting is in (an element: `list` and `options` decide together). */
  parent?: Record<string, TJson>;
  /** The other settings of that object (names depend on them: fieldLabel). */
  siblings?: string[];
};

export function FieldIssues({ ctx, path, id }: { ctx: TEditorCtx; path: TPath; id?: string }) {
  const messages = ctx.issues.get(pathKey(path));
  if (!messages?.length) return null;
  return (
    <ul className={styles.fieldIssues} id={id}>
      {messages.map((m, i) => <li key={i}>{m}</li>)}
    </ul>
  );
}

function Labelled({ label, htmlFor, children, ctx, path, errorId, hint }: {
  label: string; htmlFor: string; children: ReactNode; ctx: TEditorCtx; path: TPath; errorId: string; hint?: ReactNode;
}) {
  return (
    <div className={styles.field} data-path={pathKey(path)}>
      <label htmlFor={htmlFor}>{label}</label>
      {children}
      {hint}
      <FieldIssues ctx={ctx} path={path} id={errorId} />
    </div>
  );
}

const asText = (v: TJson | undefined) => (typeof v === "string" ? v : v === undefined || v === null ? "" : String(v));

/** One setting, drawn by its kind (lib/survey/editor/schema-form.ts). */
export function SchemaField(props: TFieldProps) {
  const { name, schema, root, path, value, isRequired, ctx, parent, siblings } = props;
  const id = useId();
  const lang = useAdminLang();
  const t = pick(EDITOR_FIELDS, lang);
  const errorId = `${id}-issues`;
  const kind = fieldKind(name, schema, root);
  const node = resolve(schema, root);
  const label = `${fieldLabel(name, siblings, lang)}${isRequired ? "" : t.optional}`;
  const invalid = ctx.issues.has(pathKey(path)) || undefined;
  const common = { id, "aria-invalid": invalid, "aria-describedby": invalid ? errorId : undefined } as const;
  const setText = (text: string) => ctx.set(path, text === "" && !isRequired ? undefined : text);

  switch (kind) {
    case "hidden":
      return null;
    case "condition":
      return (
        <div className={styles.field} data-path={pathKey(path)}>
          <ConditionField label={fieldLabel(name, [], lang)} path={path} value={value} ctx={ctx} />
          <FieldIssues ctx={ctx} path={path} />
        </div>
      );
    case "id":
      return (
        <Labelled label={label} htmlFor={id} ctx={ctx} path={path} errorId={errorId}>
          <input {...common} className={styles.mono} value={asText(value)} onChange={(e) => setText(e.target.value)} spellCheck={false} autoComplete="off" />
        </Labelled>
      );
    case "text":
      return (
        <Labelled label={label} htmlFor={id} ctx={ctx} path={path} errorId={errorId}>
          <input {...common} value={asText(value)} onChange={(e) => setText(e.target.value)} />
        </Labelled>
      );
    case "longtext": {
      const singles = ctx.questions.filter((q) => q.type === "single" && q.id !== parent?.id);
      const hint = singles.length > 0 && (name === "text" || name === "help") ? (
        <select
          className={styles.pipe} aria-label={t.pipeInto(fieldLabel(name, [], lang))} value=""
          onChange={(e) => e.target.value && setText(`${asText(value)}{{${e.target.value}}}`)}
        >
          <option value="">{t.pipe}</option>
          {singles.map((q) => <option key={q.id} value={q.id}>{q.id}: {q.text.slice(0, 60)}</option>)}
        </select>
      ) : undefined;
      return (
        <Labelled label={label} htmlFor={id} ctx={ctx} path={path} errorId={errorId} hint={hint}>
          <textarea {...common} rows={name === "text" || name === "body" ? 3 : 2} value={asText(value)} onChange={(e) => setText(e.target.value)} />
        </Labelled>
      );
    }
    case "number":
      return (
        <Labelled label={label} htmlFor={id} ctx={ctx} path={path} errorId={errorId}>
          <input
            {...common} type="number" inputMode="numeric" className={styles.narrow}
            value={typeof value === "number" ? value : ""} placeholder={node.default !== undefined ? String(node.default) : undefined}
            onChange={(e) => ctx.set(path, e.target.value === "" ? (isRequired ? 0 : undefined) : Number(e.target.value))}
          />
        </Labelled>
      );
    case "boolean": {
      const checked = typeof value === "boolean" ? value : node.default === true;
      return (
        <div className={styles.check} data-path={pathKey(path)}>
          <input {...common} type="checkbox" checked={checked} onChange={(e) => ctx.set(path, e.target.checked)} />
          <label htmlFor={id}>{fieldLabel(name, [], lang)}</label>
          <FieldIssues ctx={ctx} path={path} id={errorId} />
        </div>
      );
    }
    case "enum": {
      const fallback = node.default !== undefined ? String(node.default) : "";
      return (
        <Labelled label={fieldLabel(name, [], lang)} htmlFor={id} ctx={ctx} path={path} errorId={errorId}>
          <select {...common} value={value === undefined ? fallback : asText(value)} onChange={(e) => ctx.set(path, e.target.value === "" ? undefined : e.target.value)}>
            {fallback === "" && <option value="">—</option>}
            {(node.enum ?? []).map((v) => <option key={String(v)} value={String(v)}>{valueLabel(String(v), lang)}</option>)}
          </select>
        </Labelled>
      );
    }
    case "scaleRef": case "partRef": case "varRef": {
      const choices = kind === "scaleRef" ? ctx.scales.map((s) => [s, s])
        : kind === "partRef" ? ctx.parts.map((p) => [p, p])
        : ctx.questions.filter((q) => q.options.length > 0).map((q) => [q.id, `${q.id}: ${q.text.slice(0, 50)}`]);
      return (
        <Labelled label={label} htmlFor={id} ctx={ctx} path={path} errorId={errorId}>
          <select {...common} value={asText(value)} onChange={(e) => ctx.set(path, e.target.value === "" ? undefined : e.target.value)}>
            <option value="">{isRequired ? t.choose : t.none}</option>
            {typeof value === "string" && !choices.some(([v]) => v === value) && <option value={value}>{t.missing(value)}</option>}
            {choices.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </select>
        </Labelled>
      );
    }
    case "listRef":
      return (
        <Labelled label={fieldLabel(name, [], lang)} htmlFor={id} ctx={ctx} path={path} errorId={errorId}>
          <select
            {...common} value={asText(value)}
            onChange={(e) => {
              const parentPath = path.slice(0, -1);
              if (e.target.value === "") ctx.setMany([[path, undefined], [[...parentPath, "options"], (parent?.options as TJson) ?? twoOptions()]]);
              else ctx.setMany([[path, e.target.value], [[...parentPath, "options"], undefined]]);
            }}
          >
            <option value="">{t.ownOptions}</option>
            {ctx.lists.map((l) => <option key={l.id} value={l.id}>{l.id}</option>)}
          </select>
        </Labelled>
      );
    case "orderRef":
      return (
        <Labelled label={label} htmlFor={id} ctx={ctx} path={path} errorId={errorId}>
          <select
            {...common} value={asText(value)}
            onChange={(e) => {
              if (e.target.value === "__new") {
                const label = typeof parent?.text === "string" ? parent.text : String(parent?.id ?? "");
                ctx.set(path, ctx.addOrder(`Getoonde volgorde: ${label.slice(0, 80)}`));
              } else ctx.set(path, e.target.value === "" ? undefined : e.target.value);
            }}
          >
            <option value="">{t.fixedOrder}</option>
            {ctx.orders.map((o) => <option key={o} value={o}>{o}</option>)}
            <option value="__new">{t.newOrder}</option>
          </select>
        </Labelled>
      );
    case "strings":
      return <StringList {...props} label={label} />;
    case "numbers":
      return <NumberList {...props} label={label} id={id} />;
    case "objects":
      return <ObjectList {...props} label={label} />;
    case "object":
      return <ObjectField {...props} label={label} />;
    default:
      return <JsonField {...props} label={label} id={id} />;
  }
}

/** The settings of one object, in schema order. */
export function ObjectFields({ schema, root, path, value, ctx, omit = [] }: {
  schema: TSchema; root: TSchema; path: TPath; value: Record<string, TJson>; ctx: TEditorCtx; omit?: string[];
}) {
  const hasList = typeof value.list === "string";
  const settings = settingsOf(schema, root);
  const siblings = settings.map((s) => s.key);
  return (
    <>
      {settings
        .filter((s) => !omit.includes(s.key) && !(s.key === "options" && hasList))
        .map((s) => (
          <SchemaField
            key={s.key} name={s.key} schema={s.schema} root={root} path={[...path, s.key]} value={value[s.key]}
            isRequired={s.isRequired} ctx={ctx} parent={value} siblings={siblings}
          />
        ))}
    </>
  );
}

function ObjectField({ name, schema, root, path, value, isRequired, ctx, label }: TFieldProps & { label: string }) {
  const lang = useAdminLang();
  const t = pick(EDITOR_FIELDS, lang);
  if (value === undefined || value === null || typeof value !== "object" || Array.isArray(value)) {
    return (
      <div className={styles.field} data-path={pathKey(path)}>
        <span className={styles.fieldName}>{label}</span>
        <button type="button" className="btn btn-secondary" onClick={() => ctx.set(path, blankItem(schema, root, (b) => uniqueId(b, ctx.taken())) as TJson)}>
          {t.addNamed(fieldLabel(name, [], lang))}
        </button>
        <FieldIssues ctx={ctx} path={path} />
      </div>
    );
  }
  return (
    <fieldset className={styles.group} data-path={pathKey(path)}>
      <legend>{label}</legend>
      <ObjectFields schema={schema} root={root} path={path} value={value} ctx={ctx} />
      {!isRequired && (
        <button type="button" className={styles.linkButton} onClick={() => ctx.set(path, undefined)}>{t.removeNamed(fieldLabel(name, [], lang))}</button>
      )}
      <FieldIssues ctx={ctx} path={path} />
    </fieldset>
  );
}

/** What a list item is called in its summary line: its label, text or ID. */
function itemName(item: TJson, n: number, t: { item: (n: number) => string }): string {
  if (item && typeof item === "object" && !Array.isArray(item)) {
    for (const k of ["label", "text", "title", "id", "code", "value"]) {
      const v = item[k];
      if (typeof v === "string" && v !== "") return v.length > 60 ? `${v.slice(0, 60)}…` : v;
      if (typeof v === "number") return String(v);
    }
  }
  return t.item(n + 1);
}

function ObjectList({ name, schema, root, path, value, ctx, label, siblings }: TFieldProps & { label: string }) {
  const items = Array.isArray(value) ? value : [];
  const itemSchema = resolve(resolve(schema, root).items ?? {}, root);
  const t = pick(EDITOR_FIELDS, useAdminLang());
  const [open, setOpen] = useState<number | null>(items.length <= 3 ? -1 : null);
  const add = () => {
    const taken = ctx.taken();
    const item = blankItem(itemSchema, root, (b) => uniqueId(b, taken));
    if ("value" in item && Array.isArray(value)) item.value = Math.max(0, ...items.map((i) => Number((i as Record<string, TJson>)?.value ?? 0))) + 1;
    ctx.set(path, [...items, item as TJson]);
    setOpen(items.length);
  };
  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length) return;
    const copy = [...items];
    const [it] = copy.splice(from, 1);
    copy.splice(to, 0, it);
    ctx.set(path, copy);
    setOpen(to);
  };
  return (
    <fieldset className={styles.group} data-path={pathKey(path)}>
      <legend>{label} ({items.length})</legend>
      <FieldIssues ctx={ctx} path={path} />
      <ol className={styles.items}>
        {items.map((item, n) => {
          const itemPath = [...path, n];
          const bad = [...ctx.issues.keys()].some((k) => k === pathKey(itemPath) || k.startsWith(`${pathKey(itemPath)}.`));
          const isOpen = open === -1 || open === n || bad;
          return (
            <li key={n} className={styles.item} data-invalid={bad || undefined}>
              <div className={styles.itemHead}>
                <button type="button" className={styles.itemToggle} aria-expanded={isOpen} onClick={() => setOpen(isOpen && open !== -1 ? null : n)}>
                  {itemName(item, n, t)}
                </button>
                <span className={styles.itemTools}>
                  <button type="button" aria-label={t.up(itemName(item, n, t))} onClick={() => move(n, n - 1)} disabled={n === 0}>↑</button>
                  <button type="button" aria-label={t.down(itemName(item, n, t))} onClick={() => move(n, n + 1)} disabled={n === items.length - 1}>↓</button>
                  <button type="button" aria-label={t.remove(itemName(item, n, t))} onClick={() => ctx.set(itemPath, undefined)}>✕</button>
                </span>
              </div>
              {isOpen && item && typeof item === "object" && !Array.isArray(item) && (
                <div className={styles.itemBody}>
                  <ObjectFields schema={itemSchema} root={root} path={itemPath} value={item} ctx={ctx} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" className="btn btn-secondary" onClick={add}>{t[addLabel(name, siblings ?? [])]}</button>
    </fieldset>
  );
}

type TAddKey = "addOption" | "addLabel" | "addStatement" | "addScale" | "addList" | "addOrder" | "addGroup" | "addSet" | "addPart" | "add";
const ADD_LABELS: Record<string, TAddKey> = {
  options: "addOption", labels: "addLabel", items: "addStatement", scales: "addScale",
  lists: "addList", orders: "addOrder", groups: "addGroup", sets: "addSet",
};
/** The add button's text: the version's parts (items beside a mode) are parts, not statements. */
const addLabel = (name: string, siblings: string[]): TAddKey =>
  name === "items" && siblings.includes("mode") ? "addPart" : ADD_LABELS[name] ?? "add";

function StringList({ path, value, ctx, label }: TFieldProps & { label: string }) {
  const t = pick(EDITOR_FIELDS, useAdminLang());
  const items = Array.isArray(value) ? value : [];
  return (
    <fieldset className={styles.group} data-path={pathKey(path)}>
      <legend>{label}</legend>
      <FieldIssues ctx={ctx} path={path} />
      {items.map((item, n) => (
        <div key={n} className={styles.field}>
          <textarea aria-label={`${label} ${n + 1}`} rows={3} value={asText(item)} onChange={(e) => ctx.set([...path, n], e.target.value)} />
          <FieldIssues ctx={ctx} path={[...path, n]} />
          <button type="button" className={styles.linkButton} onClick={() => ctx.set([...path, n], undefined)}>{t.takeAway}</button>
        </div>
      ))}
      <button type="button" className="btn btn-secondary" onClick={() => ctx.set(path, [...items, ""])}>{t.addParagraph}</button>
    </fieldset>
  );
}

function NumberList({ path, value, ctx, label, id }: TFieldProps & { label: string; id: string }) {
  const t = pick(EDITOR_FIELDS, useAdminLang());
  const [text, setText] = useState(() => (Array.isArray(value) ? value.join(", ") : ""));
  const [error, setError] = useState<string>();
  return (
    <div className={styles.field} data-path={pathKey(path)}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id} className={styles.narrow} value={text} placeholder={t.numbersExample}
        onChange={(e) => {
          setText(e.target.value);
          const parts = e.target.value.split(/[,;\s]+/).filter(Boolean);
          if (parts.every((p) => /^-?\d+$/.test(p))) {
            setError(undefined);
            ctx.set(path, parts.map(Number));
          } else setError(t.wholeNumbers);
        }}
      />
      {error && <p className={styles.fieldIssues}>{error}</p>}
      <FieldIssues ctx={ctx} path={path} />
    </div>
  );
}

/** A setting the forms have no editor for, as JSON (checked when you leave the field). */
function JsonField({ path, value, ctx, label, id }: TFieldProps & { label: string; id: string }) {
  const t = pick(EDITOR_FIELDS, useAdminLang());
  const [text, setText] = useState(() => (value === undefined ? "" : JSON.stringify(value, null, 2)));
  const [error, setError] = useState<string>();
  return (
    <div className={styles.field} data-path={pathKey(path)}>
      <label htmlFor={id}>{label} (JSON)</label>
      <textarea
        id={id} className={styles.mono} rows={4} value={text} onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          if (text.trim() === "") return ctx.set(path, undefined);
          try {
            ctx.set(path, JSON.parse(text) as TJson);
            setError(undefined);
          } catch {
            setError(t.badJson);
          }
        }}
      />
      {error && <p className={styles.fieldIssues}>{error}</p>}
      <FieldIssues ctx={ctx} path={path} />
    </div>
  );
}

