import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Enquête", template: "%s · Enquête" },
  description: "Vragenlijsten voor onderwijsonderzoek",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: its scripts need that request's CSP nonce (proxy.ts),
  // which a page prerendered at build time (the 404 page) would lack.
  await connection();
  return (
    <html lang="nl">
      <body>{children}</body>
    </html>
  );
}
