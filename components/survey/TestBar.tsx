import { TEST_BAR_TEXT } from "@/lib/survey/test-link";

/** On every page of a respondent who came through the survey's test link (lib/survey/test-link.ts). */
export function TestBar() {
  return (
    <div className="sv-test-bar" role="note" data-testid="test-bar">
      <strong>Test</strong> {TEST_BAR_TEXT}
    </div>
  );
}
