import { z } from "zod";

/**
 * zod's own messages in Dutch, for every schema in this process (the setting lives on globalThis,
 * shared by every copy of zod that is loaded): respondents and researchers read the API's
 * messages, and a schema without a message of its own would answer "Too big" or
 * "Unrecognized key". Imported once by each entry point: the production server, Next.js's
 * instrumentation hook and the questionnaire in the browser.
 */
const dutch = z.locales.nl().localeError;

z.config({
  localeError: (issue) => {
    if (issue.code === "unrecognized_keys") {
      const keys = issue.keys.map((k) => `"${k}"`).join(", ");
      return issue.keys.length === 1 ? `Onbekend veld: ${keys}.` : `Onbekende velden: ${keys}.`;
    }
    return dutch(issue);
  },
});
