import Link from "next/link";

export default function NotFound() {
  return (
    <div className="card empty">
      <h1>404: Page not found</h1>
      <p>There is nothing at this address. It may have been moved or deleted.</p>
      <Link href="/articles">Back to articles</Link>
    </div>
  );
}
