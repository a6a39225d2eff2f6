import type { ComponentType } from "react";
import type { TElement } from "@/lib/survey/elements/registry";
import { Consent } from "./Consent";
import { Email } from "./Email";
import { Grid } from "./Grid";
import { Info } from "./Info";
import { Multi } from "./Multi";
import { NumberQuestion } from "./Number";
import { PickN } from "./PickN";
import { Ranking } from "./Ranking";
import { Single } from "./Single";
import { Slider } from "./Slider";
import { Sliders } from "./Sliders";
import { TextQuestion } from "./Text";
import type { TElementProps } from "./types";

/**
 * The one map from element type to its component (the element's logic is in lib/survey/elements).
 * Adding an element type: a module there, a component here.
 */
export const ELEMENT_COMPONENTS: { [K in TElement["type"]]: ComponentType<TElementProps<K>> } = {
  info: Info,
  consent: Consent,
  single: Single,
  multi: Multi,
  pickn: PickN,
  ranking: Ranking,
  slider: Slider,
  sliders: Sliders,
  grid: Grid,
  text: TextQuestion,
  number: NumberQuestion,
  email: Email,
};

export function ElementView(props: TElementProps) {
  const Component = ELEMENT_COMPONENTS[props.el.type] as ComponentType<TElementProps>;
  return <Component {...props} />;
}
