"use client";

import type { TPart } from "@/lib/survey/definition";
import { ActivityPage } from "./pages/ActivityPage";
import { BackgroundPage } from "./pages/BackgroundPage";
import { ChoicePage } from "./pages/ChoicePage";
import { DevPage } from "./pages/DevPage";
import { DonePage } from "./pages/DonePage";
import { FactorsPage } from "./pages/FactorsPage";
import { OtherPage } from "./pages/OtherPage";
import { RafflePage } from "./pages/RafflePage";
import { Top5Page } from "./pages/Top5Page";
import { WelcomePage } from "./pages/WelcomePage";
import type { TPageProps } from "./pages/types";

/** One component per page kind. */
export function PageBody(props: TPageProps & { offer?: TPart }) {
  const { page } = props;
  if (page === "welcome") return <WelcomePage {...props} />;
  if (page === "bg") return <BackgroundPage {...props} />;
  if (page === "choice") return <ChoicePage {...props} />;
  if (page === "raffle") return <RafflePage {...props} />;
  if (page === "done") return <DonePage {...props} />;
  if (page.endsWith("_activity")) return <ActivityPage {...props} />;
  if (page.endsWith("_factors")) return <FactorsPage {...props} />;
  if (page.endsWith("_dev")) return <DevPage {...props} />;
  if (page.endsWith("_top5")) return <Top5Page {...props} />;
  return <OtherPage {...props} />;
}
