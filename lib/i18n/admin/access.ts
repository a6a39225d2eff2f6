import { catalogue, type TAdminLang } from "../admin";

/** A survey's Access tab: who works on it and as what. */
export const ACCESS = catalogue({
  nl: {
    title: "Toegang",
    intro: "Kijkers zien de monitoring; analisten ook resultaten, alle vragen en exports; redacteuren ook versies, veldwerk, links, imports, verloting en deellinks; eigenaren ook wie toegang heeft, archiveren en verwijderen. Beheerders zien alles.",
    introNoMembers: " Zolang niemand is toegevoegd, heeft elke onderzoeker toegang als eigenaar; wie de eerste toevoegt, wordt zelf eigenaar.",
    colAccount: "Account", colRole: "Rol", colActions: "Acties", grantHeading: "Toegang geven of rol wijzigen",
    email: "E-mailadres", role: "Rol", grant: "Toegang geven", saved: (email: string) => `Opgeslagen: ${email}`,
    revokeLabel: (email: string) => `Toegang intrekken: ${email}`, revoke: "Intrekken",
    emailInvalid: "Vul een e-mailadres in van een bestaand account.",
  },
  en: {
    title: "Access",
    intro: "Viewers see the monitoring; analysts also results, all questions and exports; editors also versions, fieldwork, links, imports, the prize draw and share links; owners also who has access, archiving and deleting. Administrators see everything.",
    introNoMembers: " As long as nobody has been added, every researcher has access as owner; whoever adds the first person becomes an owner too.",
    colAccount: "Account", colRole: "Role", colActions: "Actions", grantHeading: "Give access or change a role",
    email: "Email address", role: "Role", grant: "Give access", saved: (email: string) => `Saved: ${email}`,
    revokeLabel: (email: string) => `Revoke access: ${email}`, revoke: "Revoke",
    emailInvalid: "Enter the email address of an existing account.",
  },
});

const MEMBER_MESSAGES_EN: Record<string, string> = {
  "Vul een e-mailadres in van een bestaand account.": "Enter the email address of an existing account.",
  "Kies een rol: eigenaar, redacteur, analist of kijker.": "Choose a role: owner, editor, analyst or viewer.",
  "Een vragenlijst met leden houdt minstens één eigenaar. Maak eerst iemand anders eigenaar.": "A survey with members keeps at least one owner. Make someone else owner first.",
  "Dit account heeft geen rol op deze vragenlijst.": "This account has no role on this survey.",
};

/** A message of lib/auth/members (and its schema) in the admin language (unknown texts stay as they are). */
export function memberMessage(message: string, lang: TAdminLang): string {
  if (lang === "nl") return message;
  const noAccount = /^Er is geen account met het adres (.*)\. Een beheerder kan het aanmaken\.$/.exec(message);
  if (noAccount) return `There is no account with the address ${noAccount[1]}. An administrator can create it.`;
  return MEMBER_MESSAGES_EN[message] ?? message;
}
