import type { TElementProps } from "./types";

/** Text for the respondent; a title becomes a heading under the page's title. */
export function Info({ el, ctx }: TElementProps<"info">) {
  return (
    <section className="sv-info">
      {el.title && <h2>{ctx.pipe(el.title)}</h2>}
      {el.paragraphs.map((p) => (
        <p key={p}>{ctx.pipe(p)}</p>
      ))}
    </section>
  );
}
