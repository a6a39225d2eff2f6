"use client";

import { useId, useState } from "react";
import type { TJson, TPath } from "@/lib/survey/editor/tree";
import { pick } from "@/lib/i18n/admin";
import { EDITOR_FIELDS } from "@/lib/i18n/admin/editor";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import type { TEditorCtx } from "./SchemaField";
import styles from "./editor.module.css";

type TMode = "always" | "equals" | "in" | "includes" | "answered" | "notEquals" | "json";

/** The kinds of condition, in menu order (their names are in the catalogue under the same key). */
const MODES: TMode[] = ["always", "equals", "notEquals", "in", "includes", "answered", "json"];

type TCond = Record<string, TJson>;

function modeOf(value: TJson | undefined): TMode {
  if (value === undefined || value === null) return "always";
  if (typeof value !== "object" || Array.isArray(value)) return "json";
  const c = value as TCond;
  if ("equals" in c) return "equals";
  if ("in" in c) return "in";
  if ("includes" in c) return "includes";
  if ("answered" in c) return "answered";
  if ("not" in c && c.not && typeof c.not === "object" && !Array.isArray(c.not) && "equals" in c.not) return "notEquals";
  return "json";
}

/**
 * Display logic (lib/survey/version/primitives.ts ZCondition) as a researcher says it: show this
 * when an earlier question has a given answer. Combinations (all / any) are edited as JSON.
 */
export function ConditionField({ label, path, value, ctx }: { label: string; path: TPath; value: TJson | undefined; ctx: TEditorCtx }) {
  const id = useId();
  const t = pick(EDITOR_FIELDS, useAdminLang());
  const mode = modeOf(value);
  const [json, setJson] = useState(() => (value === undefined ? "" : JSON.stringify(value)));
  const [jsonError, setJsonError] = useState<string>();
  const inner = (mode === "notEquals" ? (value as TCond).not : value) as TCond | undefined;
  const variable = typeof inner?.var === "string" ? inner.var : typeof inner?.answered === "string" ? inner.answered : "";
  const question = ctx.questions.find((q) => q.id === variable);
  const choices = ctx.questions.filter((q) => (mode === "includes" ? q.type === "multi" : mode === "answered" ? true : q.options.length > 0 && q.type !== "multi"));
  const firstCode = (qid: string) => ctx.questions.find((q) => q.id === qid)?.options[0]?.code ?? "";

  const make = (m: TMode, qid: string, code: string | string[]): TJson | undefined => {
    switch (m) {
      case "always": return undefined;
      case "equals": return { var: qid, equals: code as string };
      case "notEquals": return { not: { var: qid, equals: code as string } };
      case "in": return { var: qid, in: Array.isArray(code) ? code : [code] };
      case "includes": return { var: qid, includes: code as string };
      case "answered": return { answered: qid };
      default: return value;
    }
  };
  const setMode = (m: TMode) => {
    if (m === "json") {
      setJson(value === undefined ? "" : JSON.stringify(value));
      ctx.set(path, value ?? { all: [] });
      return;
    }
    const pool = ctx.questions.filter((q) => (m === "includes" ? q.type === "multi" : m === "answered" ? true : q.options.length > 0 && q.type !== "multi"));
    const qid = pool.some((q) => q.id === variable) ? variable : pool[0]?.id ?? "";
    ctx.set(path, make(m, qid, firstCode(qid)));
  };
  const selected = (inner?.equals ?? inner?.includes ?? (Array.isArray(inner?.in) ? inner.in : "")) as TJson;

  return (
    <fieldset className={styles.condition}>
      <legend>{label}</legend>
      <select aria-label={t.conditionKind(label)} id={id} value={mode} onChange={(e) => setMode(e.target.value as TMode)}>
        {MODES.map((m) => <option key={m} value={m}>{t[m]}</option>)}
      </select>
      {mode !== "always" && mode !== "json" && (
        <div className={styles.conditionRow}>
          <select
            aria-label={t.conditionQuestion(label)} value={variable}
            onChange={(e) => ctx.set(path, make(mode, e.target.value, mode === "in" ? [firstCode(e.target.value)] : firstCode(e.target.value)))}
          >
            {!question && <option value={variable}>{variable || t.chooseQuestion}</option>}
            {choices.map((q) => <option key={q.id} value={q.id}>{q.id}: {q.text.slice(0, 50)}</option>)}
          </select>
          {(mode === "equals" || mode === "notEquals" || mode === "includes") && (
            <select aria-label={t.conditionAnswer(label)} value={String(selected)} onChange={(e) => ctx.set(path, make(mode, variable, e.target.value))}>
              {question && !question.options.some((o) => o.code === selected) && <option value={String(selected)}>{String(selected)}</option>}
              {question?.options.map((o) => <option key={o.code} value={o.code}>{o.label} ({o.code})</option>)}
            </select>
          )}
          {mode === "in" && (
            <span className={styles.conditionCodes} role="group" aria-label={t.conditionAnswers(label)}>
              {question?.options.map((o) => {
                const codes = Array.isArray(selected) ? (selected as string[]) : [];
                return (
                  <label key={o.code}>
                    <input
                      type="checkbox" checked={codes.includes(o.code)}
                      onChange={(e) => {
                        const next = e.target.checked ? [...codes, o.code] : codes.filter((c) => c !== o.code);
                        ctx.set(path, make("in", variable, next));
                      }}
                    />{" "}
                    {o.label}
                  </label>
                );
              })}
            </span>
          )}
        </div>
      )}
      {mode === "json" && (
        <>
          <textarea
            aria-label={`${label} (JSON)`} className={styles.mono} rows={3} value={json} onChange={(e) => setJson(e.target.value)}
            onBlur={() => {
              try {
                ctx.set(path, json.trim() === "" ? undefined : (JSON.parse(json) as TJson));
                setJsonError(undefined);
              } catch {
                setJsonError(t.badJson);
              }
            }}
          />
          <p className="muted">{t.example}</p>
          {jsonError && <p className={styles.fieldIssues}>{jsonError}</p>}
        </>
      )}
    </fieldset>
  );
}
