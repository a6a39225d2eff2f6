import { SurveyPageLoading } from "@/components/dashboard/SurveyPageLoading";

/** This survey page's own loading boundary (why not one for all of them: SurveyPageLoading). */
export default function Loading() {
  return <SurveyPageLoading />;
}
