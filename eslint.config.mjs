import Module from "node:module";

// typescript-eslint (inside eslint-config-next) needs TypeScript's JavaScript API, which TypeScript 7
// no longer has. Like TypeScript's own side-by-side advice, the linter alone gets the TS 6 API
// (@typescript/typescript6) while `tsc` and `next build` keep TypeScript 7. Remove this once
// typescript-eslint supports TS 7.
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === "typescript" ? "@typescript/typescript6" : request, ...rest);
};
const { default: nextCoreWebVitals } = await import("eslint-config-next/core-web-vitals");
const { default: nextTypescript } = await import("eslint-config-next/typescript");

/** Next.js's own lint rules (React, hooks, accessibility, TypeScript): `npm run lint`, part of `npm test`. */
const config = [
  { ignores: ["lib/db/generated/**", ".next/**", "tests/e2e/.output/**", "next-env.d.ts"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // The React Compiler is not used here; its rules flag react-hook-form's field.ref and
      // "latest value" refs as errors.
      "react-hooks/refs": "off",
      "react-hooks/set-state-in-effect": "off",
      "react-hooks/incompatible-library": "off",
      // Comma sequences of statements are a deliberate style in a few places here.
      "@typescript-eslint/no-unused-expressions": "off",
      // A `let` that a closure declared earlier reads (e.g. the child process in scripts/start.ts).
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  // Playwright fixtures call their callback `use`, which is not React's hook.
  { files: ["tests/e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
];

export default config;
