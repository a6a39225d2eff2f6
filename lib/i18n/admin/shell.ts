import { catalogue } from "../admin";

/** The frame around every admin page. */
export const SHELL = catalogue({
  nl: {
    skip: "Naar de inhoud", brand: "Enquête", mainMenu: "Hoofdmenu", overview: "Overzicht", users: "Gebruikers", audit: "Auditlog",
    myAccount: (email: string) => `${email}: mijn account`, signOut: "Afmelden", language: "Taal van de beheeromgeving",
  },
  en: {
    skip: "Skip to content", brand: "Survey", mainMenu: "Main menu", overview: "Overview", users: "Users", audit: "Audit log",
    myAccount: (email: string) => `${email}: my account`, signOut: "Sign out", language: "Language of the admin interface",
  },
});
