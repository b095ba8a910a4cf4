// The client component of docs/frameworks.md, with its event props, in a server component page.
import { BookingArticle } from '../booking-article';
import { Hydrated } from '../hydrated';

export default function Page() {
  return (
    <>
      <BookingArticle />
      <Hydrated />
    </>
  );
}
