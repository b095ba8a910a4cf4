// The Next.js App Router app's layout (scripts/consumers.mjs adds app/page.tsx and
// app/booking-article.tsx from docs/frameworks.md, as a reader pastes them): links between the
// pages, so that the wrappers are also checked after client-side navigation.
import Link from 'next/link';
import type { ReactNode } from 'react';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <nav>
          <Link href="/">Home</Link> <Link href="/booking">Booking</Link>
        </nav>
        {children}
      </body>
    </html>
  );
}
